// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layers of DESIGN.md, pointing one way: ui/cli → service → store/document → domain. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.qiao");
    }

    @Test
    void layersPointOneWay() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("App").definedBy("org.qiao.app..")
            .layer("Ui").definedBy("org.qiao.ui..")
            .layer("Cli").definedBy("org.qiao.cli..")
            .layer("Service").definedBy("org.qiao.service..")
            .layer("Store").definedBy("org.qiao.store..")
            .layer("Document").definedBy("org.qiao.document..")
            .layer("Domain").definedBy("org.qiao.domain..")
            .layer("I18n").definedBy("org.qiao.i18n..")
            .withOptionalLayers(true)
            .whereLayer("App").mayNotBeAccessedByAnyLayer()
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Cli").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Service").mayOnlyBeAccessedByLayers("App", "Ui", "Cli")
            .whereLayer("Store").mayOnlyBeAccessedByLayers("App", "Service")
            .whereLayer("Document").mayOnlyBeAccessedByLayers("App", "Service")
            .whereLayer("Domain").mayOnlyBeAccessedByLayers("App", "Ui", "Cli", "Service", "Store", "Document")
            .check(classes);
    }

    @Test
    void hibernateStaysInTheStore() {
        noClasses().that().resideOutsideOfPackage("org.qiao.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.hibernate..", "org.flywaydb..", "com.zaxxer..")
            .check(classes);
    }

    @Test
    void javafxStaysInTheUserInterface() {
        noClasses().that().resideOutsideOfPackages("org.qiao.ui..", "org.qiao.app..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..")
            .check(classes);
    }

    @Test
    void domainKnowsNoFilesOrDatabases() {
        noClasses().that().resideInAPackage("org.qiao.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "java.sql..", "picocli..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
            .check(classes);
    }

    @Test
    void userInterfaceNeverTouchesTheStore() {
        noClasses().that().resideInAnyPackage("org.qiao.ui..", "org.qiao.cli..")
            .should().dependOnClassesThat().resideInAPackage("org.qiao.store..")
            .check(classes);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.qiao.(*)..").should().beFreeOfCycles().check(classes);
    }
}
