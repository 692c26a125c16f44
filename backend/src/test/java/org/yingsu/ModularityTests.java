package org.yingsu;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The backend's modules are the packages right under {@code org.yingsu}; this test states which may use which, the
 * way {@code frontend/eslint.config.js} does for the web app. Dependencies are read from the compiled main classes
 * (imports, fully qualified names, annotations, generics alike), so a dependency the import lines do not show still
 * counts. docs/architecture.md says how to print the graph.
 */
class ModularityTests {

    private static final String ROOT = "org.yingsu.";

    /**
     * Each module and the modules it may use. Widen a row only when the design says so; a row that grows by habit is
     * the hub this table exists to stop. {@code common} and {@code security} are used by nearly everyone and use no
     * feature; the supervision features stand on {@code litigation}'s read side and on {@code metrics}.
     */
    static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            entry("common", Set.of()),
            entry("security", Set.of("common")),
            entry("audit", Set.of("common", "security")),
            entry("agencies", Set.of("common", "security")),
            entry("attachments", Set.of("common", "security")),
            entry("litigation", Set.of("common", "security", "agencies", "attachments")),
            // intake runs court pushes in a JDBC transaction of its own and tells audit who acts in it.
            entry("intake", Set.of("common", "security", "audit", "agencies", "litigation")),
            entry("demo", Set.of("common", "security", "agencies", "litigation", "intake")),
            entry("metrics", Set.of("common", "security", "agencies", "litigation")),
            entry("warnings", Set.of("common", "security", "agencies", "litigation")),
            entry("calendar", Set.of("common", "security", "agencies", "litigation", "warnings")),
            entry("observations", Set.of("common", "security", "agencies", "litigation")),
            entry("recommendations", Set.of("common", "security", "agencies", "attachments", "litigation")),
            entry("reports", Set.of("common", "security", "agencies", "litigation", "metrics")),
            entry("interviews", Set.of("common", "security", "agencies", "metrics")),
            entry("assessment", Set.of("common", "security", "agencies", "metrics")),
            // the papers check reads litigation's published views and asks metrics when a pending proof is overdue.
            entry("papers", Set.of("common", "security", "agencies", "litigation", "metrics")),
            // the 述法 record gathers what litigation, the figures and observations keep about one official.
            entry("records", Set.of("common", "security", "agencies", "litigation", "metrics", "observations",
                    "training")),
            // training reminders are e-mailed with the pre-hearing warnings' settings (WarningConfig).
            entry("training", Set.of("common", "security", "agencies", "litigation", "warnings")),
            entry("lostcases", Set.of("common", "security", "agencies", "attachments", "litigation", "metrics")),
            // bulletins list the quarter's accountability referrals sent (ReferralService, SentReferral).
            entry("bulletins", Set.of("common", "security", "agencies", "litigation", "metrics", "accountability")),
            // the coordination centre links disputes to cases and marks their outcomes coordinated (OutcomeService).
            entry("coordination", Set.of("common", "security", "agencies", "attachments", "litigation", "metrics")),
            entry("accountability", Set.of("common", "security", "agencies", "attachments", "litigation", "metrics",
                    "recommendations")));

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.yingsu");

    @Test
    void everyModuleHasARowInTheTable() {
        Set<String> modules = new TreeSet<>();
        MAIN.forEach(type -> module(type).ifPresent(modules::add));
        assertEquals(new TreeSet<>(ALLOWED.keySet()), modules,
                "a new module needs a row in ALLOWED saying what it may use (and a stale row goes)");
    }

    @Test
    void modulesUseOnlyWhatTheirRowAllows() {
        ArchRuleDefinition.classes().that().resideInAPackage("org.yingsu.*..")
                .should(useOnlyAllowedModules())
                .check(MAIN);
    }

    @Test
    void modulesAreFreeOfCycles() {
        slices().matching("org.yingsu.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    /** Allowed rows must not make a cycle either, or the cycle check above would be the only guard. */
    @Test
    void theTableItselfHasNoCycle() {
        for (String module : ALLOWED.keySet()) {
            assertTrue(!reaches(module, module, new TreeSet<>()), module + " reaches itself through ALLOWED");
        }
    }

    /**
     * A module's {@code internal} subpackages are its own: nothing outside the module may use them. No module has one
     * yet, so the rule may find nothing to check.
     */
    @Test
    void noModuleReachesIntoAnotherModulesInternals() {
        ArchRuleDefinition.classes().that().resideInAPackage("org.yingsu.*..internal..")
                .should(new ArchCondition<>("be used only inside their own module") {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        String owner = module(type).orElseThrow();
                        for (Dependency dependency : type.getDirectDependenciesToSelf()) {
                            Optional<String> user = module(dependency.getOriginClass());
                            if (user.isPresent() && !user.get().equals(owner)) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                            }
                        }
                    }
                })
                .allowEmptyShould(true)
                .check(MAIN);
    }

    private static boolean reaches(String from, String target, Set<String> seen) {
        for (String next : ALLOWED.getOrDefault(from, Set.of())) {
            if (next.equals(target) || (seen.add(next) && reaches(next, target, seen))) {
                return true;
            }
        }
        return false;
    }

    private static ArchCondition<JavaClass> useOnlyAllowedModules() {
        return new ArchCondition<>("use only the modules their row in ModularityTests.ALLOWED names") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                String from = module(type).orElseThrow();
                Set<String> allowed = ALLOWED.getOrDefault(from, Set.of());
                for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                    module(dependency.getTargetClass())
                            .filter(to -> !to.equals(from) && !allowed.contains(to))
                            .ifPresent(to -> events.add(SimpleConditionEvent.violated(dependency,
                                    from + " -> " + to + " is not in the table: " + dependency.getDescription())));
                }
            }
        };
    }

    /** The module of a class: the package right under {@code org.yingsu}; none for the root or other libraries. */
    static Optional<String> module(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(ROOT)) {
            return Optional.empty();
        }
        String rest = name.substring(ROOT.length());
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }
}
