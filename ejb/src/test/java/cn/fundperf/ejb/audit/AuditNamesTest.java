package cn.fundperf.ejb.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class AuditNamesTest {

    @Test
    void only_numeric_object_ids_name_an_entity_row() {
        assertEquals(963L, AuditNames.numeric("963"));
        assertNull(AuditNames.numeric("TargetSheetService.save"));
        assertNull(AuditNames.numeric(null));
        assertNull(AuditNames.numeric(""));
        assertNull(AuditNames.numeric("-1"));
        assertNull(AuditNames.numeric("99999999999999999999"));
    }

    @Test
    void a_name_joins_the_parts_it_has() {
        assertEquals("XM20260001 村道硬化", AuditNames.name("XM20260001", "村道硬化"));
        assertEquals("第一轮审核", AuditNames.name("第一轮审核", null));
        assertEquals("unit01", AuditNames.name(" ", "unit01"));
        assertEquals("", AuditNames.name(null, null));
    }
}
