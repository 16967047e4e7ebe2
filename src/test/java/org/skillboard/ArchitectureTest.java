package org.skillboard;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.skillboard.audit.PlatformAuditLog;
import org.skillboard.base.TenantOwnedEntity;
import org.skillboard.base.TenantScope;
import org.skillboard.base.TenantTransactions;
import org.skillboard.people.PersonLookup;
import org.skillboard.security.AccountService;
import org.skillboard.security.SystemIdentity;
import org.skillboard.tenant.TenantService;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Keeps the layers honest: thin views, features without cycles, tenancy and
 * permissions enforced in services, and explicit tenant scopes only where
 * there is no signed-in tenant user to take the tenant from.
 */
@AnalyzeClasses(packages = "org.skillboard", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    // package-private, so named rather than referenced
    private static final String SIGN_IN_LOOKUP = "org.skillboard.security.SkillboardUserDetailsService";
    private static final String TENANT_DIRECTORY = "org.skillboard.tenant.TenantDirectory";
    /** Where a signed-in user stands now: sign-in again at every request, in her own tenant. */
    private static final String ACCOUNT_STANDING = "org.skillboard.security.AccountStanding";
    /** An invitation or reset link: its secret names the account, and so the tenant. */
    private static final String PASSWORD_LINKS = "org.skillboard.security.PasswordLinks";
    private static final String FIRST_PLATFORM_ADMIN = "org.skillboard.security.FirstPlatformAdmin";
    private static final String TENANT_FILE_LOADER = "org.skillboard.tenantfiles.TenantFileLoader";

    @ArchTest
    static final ArchRule views_never_touch_repositories_or_the_entity_manager = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().areAssignableTo(Repository.class)
            .orShould().dependOnClassesThat().areAssignableTo(EntityManager.class)
            .because("views are thin: they call one service, where tenancy and permissions are enforced");

    @ArchTest
    static final ArchRule features_do_not_depend_on_each_other_in_a_cycle = slices()
            .matching("org.skillboard.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule only_sign_in_start_up_loading_and_platform_services_open_a_tenant_scope = noClasses()
            .that(not(belongTo(resideInAPackage("org.skillboard.base").or(equivalentTo(SystemIdentity.class))))
                    .as("are outside org.skillboard.base and SystemIdentity"))
            .should().accessTargetWhere(describe("the target is TenantScope's",
                    (JavaAccess<?> access) -> access.getTargetOwner().isEquivalentTo(TenantScope.class)))
            .because("explicit tenant scopes are for sign-in, start-up loading and platform services;"
                    + " everything else gets the tenant from the signed-in user");

    @ArchTest
    static final ArchRule only_platform_services_and_sign_in_read_across_tenants = noClasses()
            .that(not(belongTo(equivalentTo(TenantService.class)
                    .or(equivalentTo(AccountService.class))
                    .or(equivalentTo(PlatformAuditLog.class))
                    .or(name(SIGN_IN_LOOKUP)).or(name(PASSWORD_LINKS))))
                    .as("are not TenantService, AccountService, PlatformAuditLog, SkillboardUserDetailsService or"
                            + " PasswordLinks"))
            .should().accessTargetWhere(describe("the target is TenantTransactions.acrossTenants",
                    (JavaAccess<?> access) -> access.getTargetOwner().isEquivalentTo(TenantTransactions.class)
                            && access.getName().equals("acrossTenants")))
            .because("seeing every tenant's rows is for platform administration (and its audit log, which belongs"
                    + " to no tenant) and for finding the account behind a login at sign-in; everything else sees"
                    + " one tenant");

    @ArchTest
    static final ArchRule only_tenant_files_and_the_first_platform_admin_act_as_the_application = noClasses()
            .that(not(belongTo(resideInAPackage("org.skillboard.tenantfiles")
                    .or(equivalentTo(SystemIdentity.class))
                    .or(name(FIRST_PLATFORM_ADMIN))))
                    .as("are outside org.skillboard.tenantfiles, SystemIdentity and FirstPlatformAdmin"))
            .should().accessTargetWhere(describe("the target is SystemIdentity's",
                    (JavaAccess<?> access) -> access.getTargetOwner().isEquivalentTo(SystemIdentity.class)))
            .because("the SYSTEM role passes every permission check: it is for loading tenants as code and"
                    + " for creating the first platform administrator, never for a user's request");

    @ArchTest
    static final ArchRule only_sign_in_and_account_creation_open_a_tenant_transaction_by_id = noClasses()
            .that(not(belongTo(equivalentTo(TenantTransactions.class)
                    .or(name(TENANT_DIRECTORY))
                    .or(equivalentTo(AccountService.class))
                    .or(name(ACCOUNT_STANDING)).or(name(PASSWORD_LINKS))))
                    .as("are not TenantTransactions, TenantDirectory, AccountService, AccountStanding or PasswordLinks"))
            .should().accessTargetWhere(describe("the target is TenantTransactions.inTenant",
                    (JavaAccess<?> access) -> access.getTargetOwner().isEquivalentTo(TenantTransactions.class)
                            && access.getName().equals("inTenant")))
            .because("a transaction in a tenant chosen by id bypasses the signed-in user's tenant; only"
                    + " the sign-in lookup and the platform's account creation may choose one");

    @ArchTest
    static final ArchRule only_sign_in_looks_up_a_tenant_by_id = noClasses()
            .that(not(belongTo(name(TENANT_DIRECTORY).or(name(SIGN_IN_LOOKUP)).or(name(ACCOUNT_STANDING))
                    .or(name(PASSWORD_LINKS))))
                    .as("are not TenantDirectory, SkillboardUserDetailsService, AccountStanding or PasswordLinks"))
            .should().accessTargetWhere(describe("the target is TenantDirectory.find or isActive",
                    (JavaAccess<?> access) -> access.getTargetOwner().getName().equals(TENANT_DIRECTORY)
                            && (access.getName().equals("find") || access.getName().equals("isActive"))))
            .because("they take any tenant's id; a user's own tenant comes from TenantDirectory.current()");

    @ArchTest
    static final ArchRule only_start_up_loads_tenant_files = noClasses()
            .that().resideOutsideOfPackage("org.skillboard.tenantfiles")
            .should().dependOnClassesThat().haveFullyQualifiedName(TENANT_FILE_LOADER)
            .because("the loader applies whatever YAML it is given as the application; it is for operators'"
                    + " files at start-up, and refuses callers without the SYSTEM role as well");

    @ArchTest
    static final ArchRule every_route_and_layout_says_who_may_open_it = classes()
            .that().areAnnotatedWith(Route.class).or().areAnnotatedWith(Layout.class)
            .should().beAnnotatedWith(RolesAllowed.class)
            .orShould().beAnnotatedWith(PermitAll.class)
            .orShould().beAnnotatedWith(DenyAll.class)
            .orShould().beAnnotatedWith(AnonymousAllowed.class)
            .because("a view without an access annotation is either refused to everyone or open by mistake");

    @ArchTest
    static final ArchRule every_public_service_method_checks_permissions = methods()
            .that().arePublic()
            .and().doNotHaveModifier(JavaModifier.SYNTHETIC)
            .and().doNotHaveModifier(JavaModifier.BRIDGE)
            .and().areDeclaredInClassesThat(guardedServices())
            .should().beAnnotatedWith(PreAuthorize.class)
            .orShould().beDeclaredInClassesThat().areAnnotatedWith(PreAuthorize.class)
            .because("permissions live in services, so they hold whatever calls them; sign-in itself and"
                    + " TenantDirectory, which only reads within a tenant scope, are the exceptions");

    @ArchTest
    static final ArchRule tenant_owned_entities_live_in_their_feature = classes()
            .that().areAssignableTo(TenantOwnedEntity.class)
            .and().doNotBelongToAnyOf(TenantOwnedEntity.class)
            .should().resideOutsideOfPackage("org.skillboard.base..")
            .andShould().beAnnotatedWith(Entity.class)
            .because("base holds what every feature shares; a feature's data lives with the feature");

    private static DescribedPredicate<JavaClass> guardedServices() {
        return resideInAnyPackage("org.skillboard.people", "org.skillboard.tenant", "org.skillboard.security",
                "org.skillboard.framework", "org.skillboard.jobprofile", "org.skillboard.assessment",
                "org.skillboard.heatmap", "org.skillboard.maturity", "org.skillboard.maturity.sheets",
                "org.skillboard.tenantfiles",
                "org.skillboard.assessment.sheets", "org.skillboard.onboarding", "org.skillboard.audit",
                "org.skillboard.myskills")
                .and(annotatedWith(Service.class))
                .and(not(name(SIGN_IN_LOOKUP).or(name(TENANT_DIRECTORY))))
                .as("are @Service classes of people, tenant, security, framework, job profiles, assessments,"
                        + " heatmap, maturity (with its sheets), assessment sheets, onboarding, tenant files, the"
                        + " audit log and a member's own skills, except sign-in and TenantDirectory");
    }

    // ---- issue 13, assessments split: who may look people up without an access check --------------------

    @ArchTest
    static final ArchRule only_services_that_checked_the_records_look_people_up_unchecked = noClasses()
            .that(not(resideInAnyPackage("org.skillboard.people", "org.skillboard.assessment",
                    "org.skillboard.assessment.sheets", "org.skillboard.maturity"))
                    .as("are not services of people, assessments, assessment sheets or maturity"))
            .should().dependOnClassesThat().areAssignableTo(PersonLookup.class)
            .because("PersonLookup names any person of the tenant without asking whether the user may see her:"
                    + " it is for services that name people in records they have checked (assessors, the rows"
                    + " of an upload checked row by row); views and other features ask PeopleService, which checks");

    // ---- end of issue 13, assessments split --------------------------------------------------------------

    // ---------------------------------------------------------------- spreadsheets (issue 13: Excel in one place)

    /** A feature's own sheet layouts: {@code org.skillboard.<feature>.sheets} and below. */
    private static final Pattern FEATURE_SHEETS = Pattern.compile("org\\.skillboard\\.(\\w+)\\.sheets(\\..*)?");

    @ArchTest
    static final ArchRule no_feature_uses_another_features_sheets = classes()
            .that().resideInAPackage("org.skillboard..")
            .should(useNoSheetsOfAnotherFeature())
            .because("spreadsheet machinery every feature needs lives in org.skillboard.excel; a feature's sheets"
                    + " package holds its own layout only");

    @ArchTest
    static final ArchRule only_excel_and_the_features_sheets_use_poi = noClasses()
            .that().resideOutsideOfPackages("org.skillboard.excel..", "org.skillboard.*.sheets..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.poi..")
            .because("workbooks are read and written in one place per feature, through org.skillboard.excel");

    @ArchTest
    static final ArchRule excel_depends_on_no_feature = noClasses()
            .that().resideInAPackage("org.skillboard.excel..")
            .should().dependOnClassesThat(resideInAPackage("org.skillboard..")
                    .and(not(resideInAnyPackage("org.skillboard.excel..", "org.skillboard.base..")))
                    .as("belong to a feature"))
            .because("org.skillboard.excel is shared by every feature, so it knows none of them");

    private static ArchCondition<JavaClass> useNoSheetsOfAnotherFeature() {
        return new ArchCondition<>("use no sheets package of another feature") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String own = feature(origin.getPackageName());
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    Matcher target = FEATURE_SHEETS.matcher(dependency.getTargetClass().getPackageName());
                    if (target.matches() && !target.group(1).equals(own)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    /** The feature a package belongs to: the name after {@code org.skillboard.}. */
    private static String feature(String packageName) {
        String rest = packageName.startsWith("org.skillboard.") ? packageName.substring("org.skillboard.".length())
                : "";
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    // ---------------------------------------------------------------- end of spreadsheets
}
