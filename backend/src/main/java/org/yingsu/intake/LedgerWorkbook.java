package org.yingsu.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.yingsu.agencies.AgencyKind;
import org.yingsu.agencies.OfficialRole;
import org.yingsu.agencies.bulk.AgencyEntries.AgencyEntry;
import org.yingsu.agencies.bulk.AgencyEntries.OfficialEntry;
import org.yingsu.common.files.FileEnds;
import org.yingsu.common.problem.Problem.FieldError;
import org.yingsu.common.problem.Problem;
import org.yingsu.common.problem.ProblemException;
import org.yingsu.common.text.Labelled;
import org.yingsu.common.time.Shanghai;
import org.yingsu.intake.LedgerDtos.LedgerDocument;
import org.yingsu.intake.LedgerDtos.LedgerImportResult;
import org.yingsu.litigation.bulk.CaseBulkWriter.CaseKey;
import org.yingsu.litigation.bulk.CaseDocuments.AppearanceDesignation;
import org.yingsu.litigation.bulk.CaseDocuments.AppearanceDocument;
import org.yingsu.litigation.bulk.CaseDocuments.CaseDocument;
import org.yingsu.litigation.bulk.CaseDocuments.DelegationDocument;
import org.yingsu.litigation.bulk.CaseDocuments.HearingDocument;
import org.yingsu.litigation.bulk.CaseDocuments.NoticeDocument;
import org.yingsu.litigation.bulk.CaseDocuments.OutcomeDocument;
import org.yingsu.litigation.vocabulary.AppearanceSource;
import org.yingsu.litigation.vocabulary.CourtFinding;
import org.yingsu.litigation.vocabulary.DelegationStatus;
import org.yingsu.litigation.vocabulary.DesignationBasis;
import org.yingsu.litigation.vocabulary.HearingStatus;
import org.yingsu.litigation.vocabulary.IdentityStatus;
import org.yingsu.litigation.vocabulary.MandatoryCategory;
import org.yingsu.litigation.vocabulary.OutcomeResult;
import org.yingsu.litigation.vocabulary.ReasonCategory;
import org.yingsu.litigation.vocabulary.TrialLevel;

/**
 * The ledger as an Excel workbook, because agencies keep their 台账 in Excel: one sheet per collection with Chinese
 * headers; hearings and what hangs off them are rows keyed by 法院 + 案号 (+ 开庭时间). A workbook is read into a
 * {@link LedgerDocument} while remembering which cell every value came from, so that each error of the import names
 * its sheet, row and column ({@code 案件!C14}).
 */
@ApplicationScoped
public class LedgerWorkbook {

    enum Type { TEXT, LIST, CODED, CODED_LIST, DATE, DATETIME, BOOLEAN }

    record Column(String header, String field, boolean required, Type type, Class<? extends Enum<?>> codes,
            String help) {
    }

    record SheetSpec(String name, String help, List<Column> columns) {

        Column column(String field) {
            return columns.stream().filter(c -> c.field.equals(field)).findFirst().orElseThrow();
        }
    }

    private static final String KEY_HELP = "与“案件”表的法院、案号一致";
    private static final String TIME_HELP = "与“开庭”表的开庭时间一致";

    static final SheetSpec AGENCIES = new SheetSpec("机关", "行政机关（区政府、区政府部门、镇街）", List.of(
            col("机关代码", "code", true, Type.TEXT, null, "唯一代码，字母、数字、-、_、."),
            col("机关名称", "name", true, Type.TEXT, null, "全称"),
            col("机关类型", "kind", true, Type.CODED, AgencyKind.class, null),
            col("上级机关代码", "parentCode", false, Type.TEXT, null, "可空")));
    static final SheetSpec OFFICIALS = new SheetSpec("人员", "机关人员；每个职务一行，换岗为新的人员代码", List.of(
            col("人员代码", "code", true, Type.TEXT, null, "唯一代码"),
            col("所属机关代码", "agencyCode", true, Type.TEXT, null, "“机关”表或系统中已有的机关代码"),
            col("姓名", "name", true, Type.TEXT, null, null),
            col("角色", "role", true, Type.CODED, OfficialRole.class, "前三种为负责人"),
            col("职务", "title", false, Type.TEXT, null, "如 副区长"),
            col("任职起始日期", "validFrom", true, Type.DATE, null, "如 2020-01-01"),
            col("任职截止日期", "validTo", false, Type.DATE, null, "仍在任则留空")));
    static final SheetSpec CASES = new SheetSpec("案件", "行政诉讼案件，每个审级一行（法院 + 案号唯一）", List.of(
            col("法院", "court", true, Type.TEXT, null, "如 重庆市渝北区人民法院"),
            col("案号", "caseNumber", true, Type.TEXT, null, "如 （2022）渝0112行初1号"),
            col("审级", "trialLevel", true, Type.CODED, TrialLevel.class, null),
            col("立案日期", "filedOn", false, Type.DATE, null, null),
            col("案由", "causeOfAction", false, Type.TEXT, null, "如 行政处罚"),
            col("原告", "plaintiffs", false, Type.LIST, null, "多个用“、”分隔"),
            col("被告机关代码", "defendants", true, Type.LIST, null, "共同被告用“、”分隔"),
            col("必须出庭类别", "mandatoryCategories", false, Type.CODED_LIST, MandatoryCategory.class,
                    "多个用“、”分隔；不属于则留空"),
            // art. 3: co-defendants agree, or the court decides, whose heads appear; the others owe no duty.
            col("负责人出庭的被告机关代码", "designatedDefendants", false, Type.LIST, null,
                    "共同被告协商或法院指定由其负责人出庭的被告，用“、”分隔；留空则每个被告的负责人都应出庭"),
            col("指定依据", "designationBasis", false, Type.CODED, DesignationBasis.class,
                    "填写了负责人出庭的被告时必填"),
            col("承办部门代码", "handlingAgencyCode", false, Type.TEXT, null,
                    "被告为区政府时，承办被诉行政行为的部门；其工作人员可受委托出庭")));
    static final SheetSpec HEARINGS = new SheetSpec("开庭", "案件的每次开庭（法院 + 案号 + 开庭时间唯一）", List.of(
            col("法院", "court", true, Type.TEXT, null, KEY_HELP),
            col("案号", "caseNumber", true, Type.TEXT, null, KEY_HELP),
            col("开庭时间", "scheduledAt", true, Type.DATETIME, null, "北京时间，如 2022-03-01 09:30"),
            col("开庭状态", "status", true, Type.CODED, HearingStatus.class, "改期：原开庭标为延期，另加一行")));
    static final SheetSpec NOTICES = new SheetSpec("出庭通知书", "法院通知被告机关负责人出庭的通知书", List.of(
            col("法院", "court", true, Type.TEXT, null, KEY_HELP),
            col("案号", "caseNumber", true, Type.TEXT, null, KEY_HELP),
            col("开庭时间", "scheduledAt", true, Type.DATETIME, null, TIME_HELP),
            col("通知书文号", "number", true, Type.TEXT, null, "同一法院内唯一"),
            col("被通知机关代码", "agencyCode", true, Type.TEXT, null, "须为本案被告"),
            col("送达日期", "servedOn", true, Type.DATE, null, "应不晚于开庭前3日"),
            col("发出法院", "noticeCourt", false, Type.TEXT, null, "留空则为本案法院")));
    static final SheetSpec APPEARANCES = new SheetSpec("出庭记录", "开庭时到庭的被告机关人员（仅限已开庭）", List.of(
            col("法院", "court", true, Type.TEXT, null, KEY_HELP),
            col("案号", "caseNumber", true, Type.TEXT, null, KEY_HELP),
            col("开庭时间", "scheduledAt", true, Type.DATETIME, null, TIME_HELP),
            col("机关代码", "agencyCode", false, Type.TEXT, null, "出庭人员所属机关，可空"),
            col("人员代码", "officialCode", true, Type.TEXT, null, "须为被告机关人员"),
            col("是否出声", "spoke", true, Type.BOOLEAN, null, "是/否"),
            col("是否中途退庭", "leftEarly", false, Type.BOOLEAN, null, "是/否，空为否"),
            col("身份证明状态", "identityStatus", false, Type.CODED, IdentityStatus.class, "空为已核验"),
            col("记录来源", "source", false, Type.CODED, AppearanceSource.class, "空为机关")));
    static final SheetSpec DELEGATIONS = new SheetSpec("委托出庭", "负责人不能出庭时的书面说明和受托工作人员", List.of(
            col("法院", "court", true, Type.TEXT, null, KEY_HELP),
            col("案号", "caseNumber", true, Type.TEXT, null, KEY_HELP),
            col("开庭时间", "scheduledAt", true, Type.DATETIME, null, TIME_HELP),
            col("机关代码", "agencyCode", true, Type.TEXT, null, "须为本案被告"),
            col("事由类别", "reasonCategory", true, Type.CODED, ReasonCategory.class, null),
            col("具体理由", "reason", true, Type.TEXT, null, "具体书面理由，不少于10个字"),
            col("受托人员代码", "delegateOfficialCode", true, Type.TEXT, null, "须为本机关工作人员，律师不能单独受托"),
            col("提交日期", "filedOn", true, Type.DATE, null, "应在开庭前"),
            col("审核状态", "status", false, Type.CODED, DelegationStatus.class, "空为已提交"),
            col("法院审查意见", "courtFinding", false, Type.CODED, CourtFinding.class,
                    "法院对书面说明的认定；不予认可的不计为已批准，空为未认定")));
    static final SheetSpec OUTCOMES = new SheetSpec("裁判结果", "已结案案件的裁判结果，每案一行", List.of(
            col("法院", "court", true, Type.TEXT, null, KEY_HELP),
            col("案号", "caseNumber", true, Type.TEXT, null, KEY_HELP),
            col("裁判结果", "result", true, Type.CODED, OutcomeResult.class, null),
            col("结案日期", "concludedOn", true, Type.DATE, null, null),
            col("经协调化解", "coordinated", false, Type.BOOLEAN, null, "是/否，空为否")));

    static final List<SheetSpec> SHEETS = List.of(AGENCIES, OFFICIALS, CASES, HEARINGS, NOTICES, APPEARANCES,
            DELEGATIONS, OUTCOMES);
    static final String README_SHEET = "说明";

    private static final DataFormatter FORMATTER = new DataFormatter(Locale.ROOT);
    private static final List<DateTimeFormatter> LOCAL_TIMES = List.of(
            DateTimeFormatter.ofPattern("yyyy-M-d H:mm[:ss]"), DateTimeFormatter.ofPattern("yyyy/M/d H:mm[:ss]"),
            DateTimeFormatter.ofPattern("yyyy-M-d'T'H:mm[:ss]"), DateTimeFormatter.ofPattern("yyyy年M月d日 H:mm[:ss]"),
            DateTimeFormatter.ofPattern("yyyy年M月d日H时mm分"));
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ofPattern("yyyy-M-d"),
            DateTimeFormatter.ofPattern("yyyy/M/d"), DateTimeFormatter.ofPattern("yyyy.M.d"),
            DateTimeFormatter.ofPattern("yyyy年M月d日"));

    @Inject
    LedgerImportService service;

    private static Column col(String header, String field, boolean required, Type type,
            Class<? extends Enum<?>> codes, String help) {
        return new Column(header, field, required, type, codes, help);
    }

    // ---- import --------------------------------------------------------------------------------------------------

    /** Reads the workbook and imports it; every error names its cell. */
    public LedgerImportResult importWorkbook(byte[] body) {
        Parsed parsed = read(body);
        if (!parsed.errors.isEmpty()) {
            throw LedgerValidator.rejection(parsed.errors);
        }
        try {
            return service.importLedger(parsed.document);
        } catch (ProblemException e) {
            Problem p = e.problem();
            if (p.errors() == null) {
                throw e;
            }
            List<FieldError> located = p.errors().stream().map(parsed::locate).toList();
            throw new ProblemException(new Problem(p.type(), p.title(), p.status(), located.size() == 1
                    ? located.get(0).field() + " " + located.get(0).message() + "; nothing was stored"
                    : p.detail(), p.instance(), located));
        }
    }

    /** A workbook read into a ledger, with the cell of every value for error messages. */
    static final class Parsed {
        LedgerDocument document;
        final List<FieldError> errors = new ArrayList<>();
        /** Document path → "sheet!A1" and its column's header. */
        final Map<String, String[]> cells = new HashMap<>();

        void at(String path, String ref, String header) {
            cells.put(path, new String[] {ref, header});
        }

        /** The cell of a path, or of the nearest enclosing record's row. */
        FieldError locate(FieldError error) {
            String path = error.field();
            while (true) {
                String[] cell = cells.get(path);
                if (cell != null) {
                    return new FieldError(cell[0], cell[1] == null ? error.message()
                            : "（" + cell[1] + "） " + error.message());
                }
                int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
                if (cut <= 0) {
                    return error;
                }
                path = path.substring(0, cut);
            }
        }
    }

    /** One data row of a sheet, its values read by field name. */
    private final class RowReader {
        final SheetSpec spec;
        final Map<String, Integer> columnOf;
        final Row row;
        final Parsed parsed;

        RowReader(SheetSpec spec, Map<String, Integer> columnOf, Row row, Parsed parsed) {
            this.spec = spec;
            this.columnOf = columnOf;
            this.row = row;
            this.parsed = parsed;
        }

        int number() {
            return row.getRowNum() + 1;
        }

        String ref(String field) {
            Integer column = columnOf.get(field);
            return spec.name + "!" + (column == null ? "" : CellReference.convertNumToColString(column)) + number();
        }

        String rowRef() {
            return spec.name + "!A" + number();
        }

        void error(String field, String message) {
            parsed.errors.add(new FieldError(ref(field), "（" + spec.column(field).header + "） " + message));
        }

        /** Registers where the value of {@code path} comes from. */
        void map(String path, String field) {
            parsed.at(path, ref(field), spec.column(field).header);
        }

        Cell cell(String field) {
            Integer column = columnOf.get(field);
            return column == null ? null : row.getCell(column);
        }

        String text(String field) {
            Cell cell = cell(field);
            if (cell == null) {
                return null;
            }
            String value = FORMATTER.formatCellValue(cell).strip();
            return value.isEmpty() ? null : value;
        }

        List<String> list(String field) {
            String value = text(field);
            if (value == null) {
                return null;
            }
            return Arrays.stream(value.split("[、,，;；\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        /** The column's enum value written as its code or its Chinese name; null (and an error) otherwise. */
        <E extends Enum<E>> E coded(String field) {
            String value = text(field);
            return value == null ? null : this.<E>code(field, value);
        }

        <E extends Enum<E>> List<E> codedList(String field) {
            List<String> values = list(field);
            if (values == null) {
                return null;
            }
            List<E> codes = new ArrayList<>();
            for (String value : values) {
                E code = code(field, value);
                if (code != null) {
                    codes.add(code);
                }
            }
            return codes;
        }

        @SuppressWarnings("unchecked")
        private <E extends Enum<E>> E code(String field, String value) {
            Class<? extends Enum<?>> codes = spec.column(field).codes;
            Optional<Enum<?>> code = Labelled.parse(codes, value);
            if (code.isEmpty()) {
                error(field, "“" + value + "”不是可选的值；可填：" + labels(codes));
            }
            return (E) code.orElse(null);
        }

        LocalDate date(String field) {
            Cell cell = cell(field);
            if (cell == null || FORMATTER.formatCellValue(cell).isBlank()) {
                return null;
            }
            if (cell.getCellType() == CellType.NUMERIC) {
                return cell.getLocalDateTimeCellValue().toLocalDate();
            }
            String value = FORMATTER.formatCellValue(cell).strip();
            for (DateTimeFormatter format : DATES) {
                try {
                    return LocalDate.parse(value, format);
                } catch (DateTimeParseException ignored) {
                    // try the next way of writing a date
                }
            }
            error(field, "“" + value + "”不是日期；请写成 2022-03-01");
            return null;
        }

        OffsetDateTime dateTime(String field) {
            Cell cell = cell(field);
            if (cell == null || FORMATTER.formatCellValue(cell).isBlank()) {
                return null;
            }
            if (cell.getCellType() == CellType.NUMERIC) {
                return shanghai(cell.getLocalDateTimeCellValue());
            }
            String value = FORMATTER.formatCellValue(cell).strip();
            try {
                return OffsetDateTime.parse(value);
            } catch (DateTimeParseException ignored) {
                // most sheets hold local Beijing time without an offset
            }
            for (DateTimeFormatter format : LOCAL_TIMES) {
                try {
                    return shanghai(LocalDateTime.parse(value, format));
                } catch (DateTimeParseException ignored) {
                    // try the next way of writing a time
                }
            }
            error(field, "“" + value + "”不是时间；请写成 2022-03-01 09:30（北京时间）");
            return null;
        }

        Boolean bool(String field) {
            Cell cell = cell(field);
            if (cell == null) {
                return null;
            }
            if (cell.getCellType() == CellType.BOOLEAN) {
                return cell.getBooleanCellValue();
            }
            String value = text(field);
            if (value == null) {
                return null;
            }
            switch (value.toLowerCase(Locale.ROOT)) {
                case "是", "true", "1", "y", "yes" -> {
                    return true;
                }
                case "否", "false", "0", "n", "no" -> {
                    return false;
                }
                default -> {
                    error(field, "“" + value + "”应为“是”或“否”");
                    return null;
                }
            }
        }
    }

    private static OffsetDateTime shanghai(LocalDateTime time) {
        return time.atZone(Shanghai.ZONE).toOffsetDateTime();
    }

    private static String labels(Class<? extends Enum<?>> codes) {
        return String.join("、", Labelled.labels(codes));
    }

    /** Mutable case while its rows are gathered from several sheets. */
    private static final class CaseBuilder {
        final String path;
        final CaseDocument head;
        final List<HearingBuilder> hearings = new ArrayList<>();
        final Map<java.time.Instant, HearingBuilder> hearingsByTime = new HashMap<>();
        OutcomeDocument outcome;
        int outcomeRow;

        CaseBuilder(String path, CaseDocument head) {
            this.path = path;
            this.head = head;
        }
    }

    private static final class HearingBuilder {
        final String path;
        final OffsetDateTime scheduledAt;
        final HearingStatus status;
        final int row;
        final List<NoticeDocument> notices = new ArrayList<>();
        final List<AppearanceDocument> appearances = new ArrayList<>();
        final List<DelegationDocument> delegations = new ArrayList<>();

        HearingBuilder(String path, OffsetDateTime scheduledAt, HearingStatus status, int row) {
            this.path = path;
            this.scheduledAt = scheduledAt;
            this.status = status;
            this.row = row;
        }
    }

    Parsed read(byte[] body) {
        Parsed parsed = new Parsed();
        if (body == null || body.length == 0) {
            throw ProblemException.invalid("body", "is empty; send an .xlsx workbook made from the template");
        }
        if (!FileEnds.zipComplete(body)) {
            throw ProblemException.invalid("body", "is not a whole .xlsx workbook (its end is missing, or it is not "
                    + "an .xlsx at all); send the whole file saved from the template; nothing was stored");
        }
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            if (SHEETS.stream().noneMatch(spec -> workbook.getSheet(spec.name) != null)) {
                throw ProblemException.invalid("body", "has none of the template's sheets ("
                        + String.join("、", SHEETS.stream().map(spec -> spec.name).toList())
                        + "); fill in the template (GET /api/imports/ledger/template)");
            }
            List<AgencyEntry> agencies = new ArrayList<>();
            rows(workbook, AGENCIES, parsed, r -> {
                String p = "agencies[" + agencies.size() + "]";
                parsed.at(p, r.rowRef(), null);
                mapAll(r, p, "code", "name", "kind", "parentCode");
                agencies.add(new AgencyEntry(r.text("code"), r.text("name"), r.coded("kind"), r.text("parentCode")));
                return null;
            });
            List<OfficialEntry> officials = new ArrayList<>();
            rows(workbook, OFFICIALS, parsed, r -> {
                String p = "officials[" + officials.size() + "]";
                parsed.at(p, r.rowRef(), null);
                mapAll(r, p, "code", "agencyCode", "name", "role", "title", "validFrom", "validTo");
                officials.add(new OfficialEntry(r.text("code"), r.text("agencyCode"), r.text("name"),
                        r.coded("role"), r.text("title"), r.date("validFrom"), r.date("validTo")));
                return null;
            });
            Map<CaseKey, CaseBuilder> cases = new LinkedHashMap<>();
            rows(workbook, CASES, parsed, r -> {
                String p = "cases[" + cases.size() + "]";
                CaseKey key = new CaseKey(r.text("court"), r.text("caseNumber"));
                if (key.court() != null && key.caseNumber() != null && cases.containsKey(key)) {
                    r.error("caseNumber", "本案已在“案件”表另一行；每案只填一行");
                    return null;
                }
                parsed.at(p, r.rowRef(), null);
                mapAll(r, p, "court", "caseNumber", "trialLevel", "filedOn", "causeOfAction", "plaintiffs",
                        "defendants", "mandatoryCategories", "handlingAgencyCode");
                r.map(p + ".appearanceDesignation", "designatedDefendants");
                r.map(p + ".appearanceDesignation.defendants", "designatedDefendants");
                r.map(p + ".appearanceDesignation.basis", "designationBasis");
                List<String> defendants = r.list("defendants");
                List<MandatoryCategory> categories = r.codedList("mandatoryCategories");
                List<String> designated = r.list("designatedDefendants");
                DesignationBasis basis = r.coded("designationBasis");
                // Either cell alone is still a designation, so that the validator says what the other must be.
                AppearanceDesignation designation = designated == null && basis == null ? null
                        : new AppearanceDesignation(designated, basis);
                CaseDocument head = new CaseDocument(key.court(), key.caseNumber(), r.coded("trialLevel"),
                        r.date("filedOn"), r.text("causeOfAction"), r.list("plaintiffs"), defendants,
                        categories == null ? List.of() : categories, null, null, designation,
                        r.text("handlingAgencyCode"));
                // A row without its key is still a case, so that the validator reports what is missing there.
                cases.put(key.court() == null || key.caseNumber() == null
                        ? new CaseKey(null, "row " + r.number()) : key, new CaseBuilder(p, head));
                return null;
            });
            rows(workbook, HEARINGS, parsed, r -> {
                CaseBuilder c = caseOf(r, cases);
                OffsetDateTime at = r.dateTime("scheduledAt");
                if (c == null || at == null) {
                    if (at == null && r.text("scheduledAt") == null) {
                        r.error("scheduledAt", "必填");
                    }
                    return null;
                }
                HearingBuilder existing = c.hearingsByTime.get(at.toInstant());
                if (existing != null) {
                    r.error("scheduledAt", "本案该时间的开庭已在“开庭”表第" + existing.row + "行");
                    return null;
                }
                String p = c.path + ".hearings[" + c.hearings.size() + "]";
                parsed.at(p, r.rowRef(), null);
                mapAll(r, p, "scheduledAt", "status");
                HearingBuilder h = new HearingBuilder(p, at, r.coded("status"), r.number());
                c.hearings.add(h);
                c.hearingsByTime.put(at.toInstant(), h);
                return null;
            });
            rows(workbook, NOTICES, parsed, r -> {
                HearingBuilder h = hearingOf(r, cases);
                if (h != null) {
                    String p = h.path + ".notices[" + h.notices.size() + "]";
                    parsed.at(p, r.rowRef(), null);
                    mapAll(r, p, "number", "agencyCode", "servedOn");
                    r.map(p + ".court", "noticeCourt");
                    h.notices.add(new NoticeDocument(r.text("noticeCourt"), r.text("number"), r.text("agencyCode"),
                            r.date("servedOn")));
                }
                return null;
            });
            rows(workbook, APPEARANCES, parsed, r -> {
                HearingBuilder h = hearingOf(r, cases);
                if (h != null) {
                    String p = h.path + ".appearances[" + h.appearances.size() + "]";
                    parsed.at(p, r.rowRef(), null);
                    mapAll(r, p, "agencyCode", "officialCode", "spoke", "leftEarly", "identityStatus", "source");
                    h.appearances.add(new AppearanceDocument(r.text("agencyCode"), r.text("officialCode"),
                            r.bool("spoke"), r.bool("leftEarly"), r.coded("identityStatus"), r.coded("source")));
                }
                return null;
            });
            rows(workbook, DELEGATIONS, parsed, r -> {
                HearingBuilder h = hearingOf(r, cases);
                if (h != null) {
                    String p = h.path + ".delegations[" + h.delegations.size() + "]";
                    parsed.at(p, r.rowRef(), null);
                    mapAll(r, p, "agencyCode", "reasonCategory", "reason", "delegateOfficialCode", "filedOn",
                            "status", "courtFinding");
                    h.delegations.add(new DelegationDocument(r.text("agencyCode"), r.coded("reasonCategory"),
                            r.text("reason"), r.text("delegateOfficialCode"), r.date("filedOn"), r.coded("status"),
                            r.coded("courtFinding")));
                }
                return null;
            });
            rows(workbook, OUTCOMES, parsed, r -> {
                CaseBuilder c = caseOf(r, cases);
                if (c == null) {
                    return null;
                }
                if (c.outcome != null) {
                    r.error("caseNumber", "本案的裁判结果已在“裁判结果”表第" + c.outcomeRow + "行");
                    return null;
                }
                String p = c.path + ".outcome";
                parsed.at(p, r.rowRef(), null);
                mapAll(r, p, "result", "concludedOn", "coordinated");
                c.outcome = new OutcomeDocument(r.coded("result"), r.date("concludedOn"), r.bool("coordinated"));
                c.outcomeRow = r.number();
                return null;
            });
            List<CaseDocument> documents = cases.values().stream().map(c -> new CaseDocument(c.head.court(),
                    c.head.caseNumber(), c.head.trialLevel(), c.head.filedOn(), c.head.causeOfAction(),
                    c.head.plaintiffs(), c.head.defendants(), c.head.mandatoryCategories(),
                    c.hearings.stream().map(h -> new HearingDocument(h.scheduledAt, h.status, h.notices,
                            h.appearances, h.delegations)).toList(), c.outcome, c.head.appearanceDesignation(),
                    c.head.handlingAgencyCode())).toList();
            parsed.document = new LedgerDocument(LedgerDtos.FORMAT, agencies, officials, documents);
            return parsed;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException problem) {
                throw problem;
            }
            throw ProblemException.invalid("body", "is not a readable .xlsx workbook; save it in Excel format "
                    + "(.xlsx) from the template");
        }
    }

    private static void mapAll(RowReader r, String path, String... fields) {
        for (String field : fields) {
            r.map(path + "." + field, field);
        }
    }

    private static CaseBuilder caseOf(RowReader r, Map<CaseKey, CaseBuilder> cases) {
        String court = r.text("court");
        String number = r.text("caseNumber");
        if (court == null) {
            r.error("court", "必填");
        }
        if (number == null) {
            r.error("caseNumber", "必填");
        }
        if (court == null || number == null) {
            return null;
        }
        CaseBuilder c = cases.get(new CaseKey(court, number));
        if (c == null) {
            r.error("caseNumber", "“案件”表中没有" + court + "的案件" + number);
        }
        return c;
    }

    private static HearingBuilder hearingOf(RowReader r, Map<CaseKey, CaseBuilder> cases) {
        CaseBuilder c = caseOf(r, cases);
        OffsetDateTime at = r.dateTime("scheduledAt");
        if (at == null && r.text("scheduledAt") == null) {
            r.error("scheduledAt", "必填");
        }
        if (c == null || at == null) {
            return null;
        }
        HearingBuilder h = c.hearingsByTime.get(at.toInstant());
        if (h == null) {
            r.error("scheduledAt", "“开庭”表中没有本案在该时间的开庭");
        }
        return h;
    }

    /** Calls {@code reader} for every non-empty data row; a missing sheet is an empty collection. */
    private void rows(Workbook workbook, SheetSpec spec, Parsed parsed, Function<RowReader, Void> reader) {
        Sheet sheet = workbook.getSheet(spec.name);
        if (sheet == null) {
            return;
        }
        Row header = sheet.getRow(sheet.getFirstRowNum());
        Map<String, Integer> columnOf = new HashMap<>();
        if (header != null) {
            for (Cell cell : header) {
                String text = FORMATTER.formatCellValue(cell).strip();
                spec.columns.stream().filter(c -> c.header.equals(text)).findFirst()
                        .ifPresent(c -> columnOf.put(c.field, cell.getColumnIndex()));
            }
        }
        boolean missing = false;
        for (Column column : spec.columns) {
            if (column.required && !columnOf.containsKey(column.field)) {
                parsed.errors.add(new FieldError(spec.name + "!1", "缺少“" + column.header + "”列；请使用模板"));
                missing = true;
            }
        }
        if (missing || header == null) {
            return;
        }
        for (int i = header.getRowNum() + 1; i <= sheet.getLastRowNum(); i++) {
            Row row = sheet.getRow(i);
            if (row == null || blank(row)) {
                continue;
            }
            reader.apply(new RowReader(spec, columnOf, row, parsed));
        }
    }

    private static boolean blank(Row row) {
        for (Cell cell : row) {
            if (!FORMATTER.formatCellValue(cell).isBlank()) {
                return false;
            }
        }
        return true;
    }

    // ---- template ------------------------------------------------------------------------------------------------

    /** An empty workbook with every sheet's headers, drop-downs for coded columns and a 说明 sheet. */
    public byte[] template() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle headerStyle = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            headerStyle.setFont(bold);
            headerStyle.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            headerStyle.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            headerStyle.setBorderBottom(BorderStyle.THIN);
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle timeStyle = workbook.createCellStyle();
            timeStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            CellStyle textStyle = workbook.createCellStyle();
            textStyle.setDataFormat(workbook.createDataFormat().getFormat("@"));

            for (SheetSpec spec : SHEETS) {
                Sheet sheet = workbook.createSheet(spec.name);
                Row header = sheet.createRow(0);
                DataValidationHelper validations = sheet.getDataValidationHelper();
                for (int i = 0; i < spec.columns.size(); i++) {
                    Column column = spec.columns.get(i);
                    Cell cell = header.createCell(i);
                    cell.setCellValue(column.header);
                    cell.setCellStyle(headerStyle);
                    sheet.setColumnWidth(i, Math.max(12, column.header.length() * 2 + 4) * 256
                            + (column.field.equals("reason") || column.field.equals("name") ? 20 * 256 : 0));
                    sheet.setDefaultColumnStyle(i, switch (column.type) {
                        case DATE -> dateStyle;
                        case DATETIME -> timeStyle;
                        default -> textStyle;
                    });
                    String[] choices = column.type == Type.CODED ? Labelled.labels(column.codes).toArray(String[]::new)
                            : column.type == Type.BOOLEAN ? new String[] {"是", "否"} : null;
                    if (choices != null) {
                        DataValidation validation = validations.createValidation(
                                validations.createExplicitListConstraint(choices),
                                new CellRangeAddressList(1, 5000, i, i));
                        validation.setShowErrorBox(true);
                        validation.createErrorBox("请选择", "请从下拉列表中选择");
                        sheet.addValidationData(validation);
                    }
                }
                sheet.createFreezePane(0, 1);
            }
            readme(workbook, headerStyle);
            workbook.setActiveSheet(0);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void readme(Workbook workbook, CellStyle headerStyle) {
        Sheet sheet = workbook.createSheet(README_SHEET);
        String[] headers = {"工作表", "列", "必填", "说明", "可填的值"};
        Row header = sheet.createRow(0);
        for (int i = 0; i < headers.length; i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(headers[i]);
            cell.setCellStyle(headerStyle);
        }
        int r = 1;
        for (SheetSpec spec : SHEETS) {
            Row sheetRow = sheet.createRow(r++);
            sheetRow.createCell(0).setCellValue(spec.name);
            sheetRow.createCell(3).setCellValue(spec.help);
            for (Column column : spec.columns) {
                Row row = sheet.createRow(r++);
                row.createCell(1).setCellValue(column.header);
                row.createCell(2).setCellValue(column.required ? "是" : "否");
                row.createCell(3).setCellValue(column.help == null ? "" : column.help);
                row.createCell(4).setCellValue(column.codes != null ? labels(column.codes)
                        : column.type == Type.BOOLEAN ? "是、否" : column.type == Type.DATE ? "日期，如 2022-03-01"
                        : column.type == Type.DATETIME ? "北京时间，如 2022-03-01 09:30" : "");
            }
        }
        int[] widths = {14, 18, 8, 48, 60};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
    }

}
