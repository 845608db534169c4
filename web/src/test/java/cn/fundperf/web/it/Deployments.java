package cn.fundperf.web.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The application under test is the real WAR that the build made, optionally with the test probe. */
final class Deployments {

    private Deployments() {
    }

    static WebArchive application() {
        return ShrinkWrap.create(ZipImporter.class, "fundperf.war")
                .importFrom(new File(System.getProperty("fundperf.war", "target/fundperf.war")))
                .as(WebArchive.class);
    }

    static WebArchive applicationWithProbe() {
        return application().addClasses(TestProbe.class, SheetScenario.class);
    }
}
