import org.flywaydb.core.Flyway;

/**
 * Applies the application's Flyway migrations from the source tree to a PostgreSQL database, as
 * DatabaseMigration does at start (common + postgresql folders), without starting the server.
 *   java -cp FLYWAY_CLASSPATH bench/Migrate.java JDBC_URL USER
 */
public class Migrate {
    public static void main(String[] args) {
        var result = Flyway.configure().dataSource(args[0], args[1], "")
                .locations("filesystem:ejb/src/main/resources/db/migration/common",
                           "filesystem:ejb/src/main/resources/db/migration/postgresql")
                .failOnMissingLocations(false)
                .load().migrate();
        System.out.println("schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted + " migrations applied)");
    }
}
