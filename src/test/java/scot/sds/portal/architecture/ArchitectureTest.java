package scot.sds.portal.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.Entity;
import org.springframework.data.repository.Repository;
import scot.sds.portal.shared.records.PersonalRecordKeeper;

/** The rules that keep the portal arranged by feature, with its UI apart from its data and every page guarded. */
@AnalyzeClasses(packages = "scot.sds.portal", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule user_interface_never_touches_repositories = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().areAssignableTo(Repository.class);

    @ArchTest
    static final ArchRule repositories_are_private_to_their_feature = classes()
            .that().areAssignableTo(Repository.class)
            .should().notBePublic();

    @ArchTest
    static final ArchRule entities_are_private_to_their_feature = classes()
            .that().areAnnotatedWith(Entity.class)
            .should().notBePublic();

    @ArchTest
    static final ArchRule the_domain_does_not_depend_on_the_user_interface = noClasses()
            .that().resideOutsideOfPackage("..ui..")
            .should().dependOnClassesThat().resideInAPackage("scot.sds.portal..ui..");

    /** A keeper reads and deletes without an access check of its own: only the records feature may ask it. */
    @ArchTest
    static final ArchRule only_the_records_feature_asks_the_keepers = noClasses()
            .that().resideOutsideOfPackage("scot.sds.portal.records")
            .and().areNotAssignableTo(PersonalRecordKeeper.class)
            .should().callMethodWhere(JavaCall.Predicates.target(HasOwner.Predicates.With.owner(
                    JavaClass.Predicates.assignableTo(PersonalRecordKeeper.class))));

    @ArchTest
    static final ArchRule every_route_declares_who_may_see_it = classes()
            .that().areAnnotatedWith(Route.class)
            .should().beAnnotatedWith(AnonymousAllowed.class)
            .orShould().beAnnotatedWith(PermitAll.class)
            .orShould().beAnnotatedWith(RolesAllowed.class)
            .orShould().beAnnotatedWith(DenyAll.class);

    @ArchTest
    static final ArchRule components_live_in_ui_packages = classes()
            .that().areAssignableTo(Component.class)
            .should().resideInAPackage("..ui..");
}
