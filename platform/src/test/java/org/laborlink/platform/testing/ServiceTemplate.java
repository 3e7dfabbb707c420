package org.laborlink.platform.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The one shape every service keeps (ARCHITECTURE.md): one package per aggregate, split into {@code api} (resources,
 * request and view records), {@code domain} (entities and the rules true of them, no I/O), {@code store}
 * (repositories, SQL, the index), {@code events} (what it publishes, and one handler per consumed topic), beside the
 * aggregate's use-case class. Each service's TemplateTest calls {@link #check(String)} with its base package.
 */
public final class ServiceTemplate {

    private static final String INCOMING = "org.eclipse.microprofile.reactive.messaging.Incoming";
    private static final String PATH = "jakarta.ws.rs.Path";
    private static final Set<String> QUERIES = Set.of("createNativeQuery", "createQuery", "createSelectionQuery",
            "createMutationQuery", "preparedQuery", "query", "search", "index", "bulk");

    private ServiceTemplate() {
    }

    /** The service's main classes (tests left out) under {@code base}, checked against every rule. */
    public static void check(String base) {
        JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS).importPackages(base);
        if (main.isEmpty()) {
            throw new AssertionError("no classes found under " + base);
        }
        for (ArchRule rule : rules(base)) {
            rule.allowEmptyShould(true).check(main);
        }
        namesApart(main, base);
        oneTopicPerHandler(main);
    }

    /** A handler consumes one topic: a class with two {@code @Incoming} methods is two handlers in one. */
    static void oneTopicPerHandler(JavaClasses main) {
        List<String> crowded = new ArrayList<>();
        for (JavaClass c : main) {
            long incoming = c.getMethods().stream().filter(m -> m.isAnnotatedWith(INCOMING)).count();
            if (incoming > 1) {
                crowded.add(c.getSimpleName() + " (" + incoming + ")");
            }
        }
        if (!crowded.isEmpty()) {
            throw new AssertionError("classes consuming more than one topic: " + crowded);
        }
    }

    static List<ArchRule> rules(String base) {
        List<ArchRule> rules = new ArrayList<>();
        rules.add(classes().should().resideInAnyPackage(base + ".*", base + ".*.api", base + ".*.domain",
                        base + ".*.store", base + ".*.events")
                .because("each aggregate is one package of api, domain, store and events beside its use-case class"));
        rules.add(noClasses().that().resideInAPackage(base + ".*.domain")
                .should().dependOnClassesThat().resideInAnyPackage(base + ".*.api", base + ".*.store", base + ".*.events")
                .because("the domain knows neither how it is asked nor how it is kept"));
        rules.add(noClasses().that().resideInAPackage(base + ".*.domain")
                .should().dependOnClassesThat().resideInAnyPackage("org.hibernate.reactive..", "io.vertx..",
                        "io.quarkus.hibernate.reactive..", "java.sql..", "java.net.http..", "org.opensearch..",
                        "org.apache.kafka..", "jakarta.ws.rs..")
                .because("domain rules do no I/O, so a unit test can judge them without a server"));
        rules.add(noClasses().that().areAnnotatedWith(PATH)
                .should().callMethodWhere(query())
                .orShould().dependOnClassesThat().resideInAnyPackage("java.sql..", "io.vertx.mutiny.sqlclient..",
                        "org.opensearch.client..")
                .because("resources hold no SQL or index queries: those live in store"));
        rules.add(methods().that().areAnnotatedWith(INCOMING).should().beDeclaredInClassesThat().resideInAPackage("..events")
                .because("a topic is consumed only by a handler in an aggregate's events package"));
        rules.add(slices().matching(base + ".(*)..").should().beFreeOfCycles()
                .because("aggregates depend on each other one way only"));
        return rules;
    }

    private static DescribedPredicate<JavaMethodCall> query() {
        return DescribedPredicate.describe("a query method of a database session, SQL client or search client",
                call -> QUERIES.contains(call.getTarget().getName())
                        && call.getTargetOwner().getPackageName().matches(
                                "org\\.hibernate\\.reactive.*|io\\.vertx\\.mutiny\\.sqlclient.*|org\\.opensearch\\.client.*"));
    }

    /** No two top-level classes of a service whose names differ by a single letter (WorkerFact and WorkerFacts). */
    static void namesApart(JavaClasses main, String base) {
        TreeSet<String> names = new TreeSet<>();
        for (JavaClass c : main) {
            if (c.isTopLevelClass() && c.getPackageName().startsWith(base)) {
                names.add(c.getSimpleName());
            }
        }
        List<String> close = new ArrayList<>();
        List<String> all = List.copyOf(names);
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                if (oneLetterApart(all.get(i), all.get(j))) {
                    close.add(all.get(i) + " / " + all.get(j));
                }
            }
        }
        if (!close.isEmpty()) {
            throw new AssertionError("class names one letter apart under " + base + ": " + close);
        }
    }

    static boolean oneLetterApart(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1 || a.equals(b)) {
            return false;
        }
        int i = 0;
        while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            return a.substring(i + 1).equals(b.substring(i + 1));
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = longer == a ? b : a;
        return longer.substring(i + 1).equals(shorter.substring(i));
    }
}
