package org.yingsu;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yingsu.accountability.ReferralDecision;
import org.yingsu.accountability.ReferralGround;
import org.yingsu.accountability.ReferralStatus;
import org.yingsu.agencies.AgencyKind;
import org.yingsu.agencies.OfficialRole;
import org.yingsu.attachments.DocumentKind;
import org.yingsu.attachments.DocumentOwner;
import org.yingsu.coordination.DisputeResolution;
import org.yingsu.coordination.DisputeSource;
import org.yingsu.coordination.DisputeStatus;
import org.yingsu.coordination.MediatingBodyKind;
import org.yingsu.interviews.InterviewStatus;
import org.yingsu.interviews.ParticipantSide;
import org.yingsu.litigation.vocabulary.AppearanceSource;
import org.yingsu.litigation.vocabulary.DelegationStatus;
import org.yingsu.litigation.vocabulary.HearingStatus;
import org.yingsu.litigation.vocabulary.IdentityStatus;
import org.yingsu.litigation.vocabulary.MandatoryCategory;
import org.yingsu.litigation.vocabulary.OutcomeResult;
import org.yingsu.litigation.vocabulary.ReasonCategory;
import org.yingsu.litigation.vocabulary.TrialLevel;
import org.yingsu.lostcases.LostCaseStatus;
import org.yingsu.observations.Attendance;
import org.yingsu.recommendations.RecommendationStatus;
import org.yingsu.security.Role;
import org.yingsu.training.TrainingAttendance;

/**
 * The Java enum is the one list of a coded value; the database checks the same list. Each check constraint must allow
 * exactly its enum's values, so that a value added to one and not the other fails here and not in production.
 */
@QuarkusTest
class EnumConstraintTests {

    /** Each check constraint and the enum whose values it must allow. */
    static final Map<String, Class<? extends Enum<?>>> CHECKS = Map.ofEntries(
            entry("agency_kind_check", AgencyKind.class),
            entry("official_role_check", OfficialRole.class),
            entry("litigation_case_trial_level_check", TrialLevel.class),
            entry("litigation_case_mandatory_check", MandatoryCategory.class),
            entry("hearing_status_check", HearingStatus.class),
            entry("appearance_source_check", AppearanceSource.class),
            entry("appearance_identity_check", IdentityStatus.class),
            entry("delegation_reason_category_check", ReasonCategory.class),
            entry("delegation_status_check", DelegationStatus.class),
            entry("outcome_result_check", OutcomeResult.class),
            entry("judicial_recommendation_status_check", RecommendationStatus.class),
            entry("app_user_role_check", Role.class),
            entry("api_token_role_check", Role.class),
            entry("document_owner_type_check", DocumentOwner.class),
            entry("document_kind_check", DocumentKind.class),
            entry("interview_status_check", InterviewStatus.class),
            entry("interview_participant_side_check", ParticipantSide.class),
            entry("lost_case_report_status_check", LostCaseStatus.class),
            entry("observation_invitation_attendance_check", Attendance.class),
            entry("training_invitation_attendance_check", TrainingAttendance.class),
            entry("mediating_body_kind_check", MediatingBodyKind.class),
            entry("dispute_source_check", DisputeSource.class),
            entry("dispute_status_check", DisputeStatus.class),
            entry("dispute_resolution_check", DisputeResolution.class),
            entry("accountability_referral_ground_check", ReferralGround.class),
            entry("accountability_referral_status_check", ReferralStatus.class),
            entry("accountability_referral_decision_check", ReferralDecision.class));

    private static final Pattern QUOTED = Pattern.compile("'([A-Z_]+)'");

    @Inject
    AgroalDataSource dataSource;

    @Test
    void eachCheckConstraintAllowsExactlyItsEnumsValues() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select pg_get_constraintdef(oid) from pg_constraint where conname = ?")) {
            for (Map.Entry<String, Class<? extends Enum<?>>> check : CHECKS.entrySet()) {
                statement.setString(1, check.getKey());
                TreeSet<String> allowed = new TreeSet<>();
                try (ResultSet rows = statement.executeQuery()) {
                    if (!rows.next()) {
                        throw new AssertionError("no check constraint " + check.getKey());
                    }
                    Matcher quoted = QUOTED.matcher(rows.getString(1));
                    while (quoted.find()) {
                        allowed.add(quoted.group(1));
                    }
                }
                TreeSet<String> values = new TreeSet<>(Arrays.stream(check.getValue().getEnumConstants())
                        .map(Enum::name).toList());
                assertEquals(values, allowed, check.getKey() + " against " + check.getValue().getSimpleName());
            }
        }
    }
}
