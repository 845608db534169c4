package cn.fundperf.ejb.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The grants of V14_1 on a real PostgreSQL (skipped where none answers on 127.0.0.1:5432 as
 * postgres): the migrations run as an owner role, the application's role then can write business
 * rows and insert audit rows, but cannot change, delete or truncate audit rows, nor drop or disable
 * the triggers that keep them insert-only.
 */
class AuditRoleSeparationTest {

    private static final String ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";
    private static final String SUFFIX = String.valueOf(ProcessHandle.current().pid());
    private static final String DATABASE = "fundperf_grants_" + SUFFIX;
    private static final String OWNER = "fundperf_owner_" + SUFFIX;
    private static final String APP = "fundperf_app_" + SUFFIX;
    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/" + DATABASE;

    @BeforeAll
    static void migrateAsOwner() throws SQLException {
        try (Connection probe = DriverManager.getConnection(ADMIN_URL, "postgres", "")) {
            probe.isValid(2);
        } catch (SQLException none) {
            Assumptions.abort("no PostgreSQL on 127.0.0.1:5432: " + none.getMessage());
        }
        admin("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)", "DROP ROLE IF EXISTS " + APP, "DROP ROLE IF EXISTS " + OWNER,
                "CREATE ROLE " + OWNER + " LOGIN", "CREATE ROLE " + APP + " LOGIN",
                "CREATE DATABASE " + DATABASE + " OWNER " + OWNER);
        // as DatabaseMigration does with fundperf.db.migration-user set
        Flyway.configure(AuditRoleSeparationTest.class.getClassLoader()).dataSource(URL, OWNER, "")
                .locations("classpath:db/migration/common", "classpath:db/migration/postgresql")
                .initSql("SET fundperf.app_role = '" + APP + "'")
                .load().migrate();
    }

    @AfterAll
    static void dropAll() throws SQLException {
        admin("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)", "DROP ROLE IF EXISTS " + APP, "DROP ROLE IF EXISTS " + OWNER);
    }

    private static void admin(String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(ADMIN_URL, "postgres", ""); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private static int asApplication(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(URL, APP, ""); Statement s = c.createStatement()) {
            return s.executeUpdate(sql);
        }
    }

    private static void refused(String sql) {
        SQLException e = assertThrows(SQLException.class, () -> asApplication(sql), sql);
        assertEquals("42501", e.getSQLState(), () -> sql + ": " + e.getMessage());   // insufficient privilege
    }

    private static final String A_RECORD = "INSERT INTO audit_record (id, occurred_at, actor_username, action_code)"
            + " VALUES (nextval('audit_record_seq'), LOCALTIMESTAMP, 'system:test', 'test.grant')";

    @Test
    void the_application_role_inserts_and_reads_audit_records_and_writes_business_rows() throws SQLException {
        assertEquals(1, asApplication(A_RECORD));
        assertEquals(1, asApplication("INSERT INTO region (id, code, name, region_level, path)"
                + " VALUES (nextval('region_seq'), 'G" + SUFFIX + "', '授权测试', 'COUNTY', '/g/')"));
        assertEquals(1, asApplication("UPDATE region SET name = '授权测试2' WHERE code = 'G" + SUFFIX + "'"));
        assertEquals(1, asApplication("UPDATE audit_chain_head SET version = version + 1"));
    }

    @Test
    void the_application_role_cannot_change_delete_or_truncate_audit_rows() throws SQLException {
        asApplication(A_RECORD);
        refused("UPDATE audit_record SET actor_username = 'intruder'");
        refused("DELETE FROM audit_record");
        refused("TRUNCATE audit_record");
        refused("UPDATE audit_seal SET hash = previous_hash");
        refused("DELETE FROM audit_checkpoint");
    }

    @Test
    void the_application_role_cannot_drop_or_disable_the_insert_only_triggers() {
        refused("DROP TRIGGER audit_record_no_update_delete ON audit_record");
        refused("ALTER TABLE audit_record DISABLE TRIGGER ALL");
        refused("ALTER TABLE audit_seal DISABLE TRIGGER audit_seal_no_update_delete");
        refused("DROP FUNCTION audit_refuse_change() CASCADE");
        refused("DROP TABLE audit_checkpoint");
        refused("CREATE TRIGGER t BEFORE INSERT ON audit_record FOR EACH ROW EXECUTE FUNCTION audit_refuse_change()");
    }
}
