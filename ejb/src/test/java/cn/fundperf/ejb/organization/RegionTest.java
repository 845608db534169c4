package cn.fundperf.ejb.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.fundperf.ejb.business.BusinessException;
import java.lang.reflect.Field;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegionTest {

    /** What persisting does: the database gives the id, then the service assigns the path. */
    static Region stored(Region region, long id) {
        try {
            Field field = Region.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(region, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        region.assignPath();
        return region;
    }

    @Test
    void a_township_sits_under_a_county() {
        Region county = new Region("520100", "扶贫县", RegionLevel.COUNTY, null);

        Region township = new Region("520101", "城关镇", RegionLevel.TOWNSHIP, county);

        assertSame(county, township.getParent());
    }

    @Test
    void a_village_cannot_sit_directly_under_a_county() {
        Region county = new Region("520100", "扶贫县", RegionLevel.COUNTY, null);

        BusinessException e = assertThrows(BusinessException.class,
                () -> new Region("520101001", "新村", RegionLevel.VILLAGE, county));

        assertEquals("region.level.mismatch", e.getKey());
        assertEquals(List.of("扶贫县", RegionLevel.VILLAGE), e.getArguments());
    }

    @Test
    void a_county_cannot_sit_under_a_township() {
        Region county = new Region("520100", "扶贫县", RegionLevel.COUNTY, null);
        Region township = new Region("520101", "城关镇", RegionLevel.TOWNSHIP, county);

        BusinessException e = assertThrows(BusinessException.class,
                () -> new Region("520200", "邻县", RegionLevel.COUNTY, township));

        assertEquals("region.level.mismatch", e.getKey());
    }

    @Test
    void a_village_cannot_stand_without_a_parent() {
        BusinessException e = assertThrows(BusinessException.class,
                () -> new Region("520101001", "新村", RegionLevel.VILLAGE, null));

        assertEquals("region.level.mismatch", e.getKey());
    }

    @Test
    void a_blank_name_is_refused() {
        BusinessException e = assertThrows(BusinessException.class,
                () -> new Region("520100", "  ", RegionLevel.COUNTY, null));

        assertEquals("region.name.required", e.getKey());
    }

    @Test
    void a_blank_code_is_refused() {
        BusinessException e = assertThrows(BusinessException.class,
                () -> new Region("", "扶贫县", RegionLevel.COUNTY, null));

        assertEquals("region.code.required", e.getKey());
    }

    @Test
    void renaming_to_a_blank_name_is_refused() {
        Region county = new Region("520100", "扶贫县", RegionLevel.COUNTY, null);

        BusinessException e = assertThrows(BusinessException.class, () -> county.rename(" "));

        assertEquals("region.name.required", e.getKey());
        assertEquals("扶贫县", county.getName());
    }

    @Test
    void names_are_stripped() {
        Region county = new Region(" 520100 ", " 扶贫县 ", RegionLevel.COUNTY, null);

        assertEquals("520100", county.getCode());
        assertEquals("扶贫县", county.getName());
    }

    @Test
    void the_path_is_the_parents_path_and_the_id() {
        Region county = stored(new Region("520100", "扶贫县", RegionLevel.COUNTY, null), 1);
        Region township = stored(new Region("520101", "城关镇", RegionLevel.TOWNSHIP, county), 7);
        Region village = stored(new Region("520101001", "新村", RegionLevel.VILLAGE, township), 23);

        assertEquals("/1/", county.getPath());
        assertEquals("/1/7/", township.getPath());
        assertEquals("/1/7/23/", village.getPath());
    }

    @Test
    void a_county_contains_its_townships_and_villages() {
        Region county = stored(new Region("520100", "扶贫县", RegionLevel.COUNTY, null), 1);
        Region township = stored(new Region("520101", "城关镇", RegionLevel.TOWNSHIP, county), 7);
        Region village = stored(new Region("520101001", "新村", RegionLevel.VILLAGE, township), 23);

        assertTrue(county.contains(township));
        assertTrue(county.contains(village));
        assertTrue(township.contains(village));
        assertTrue(county.contains(county));
    }

    @Test
    void a_region_does_not_contain_its_parent_or_a_neighbour() {
        Region county = stored(new Region("520100", "扶贫县", RegionLevel.COUNTY, null), 1);
        Region township = stored(new Region("520101", "城关镇", RegionLevel.TOWNSHIP, county), 7);
        Region neighbour = stored(new Region("520102", "河西乡", RegionLevel.TOWNSHIP, county), 8);

        assertFalse(township.contains(county));
        assertFalse(township.contains(neighbour));
    }

    @Test
    void a_county_does_not_contain_a_county_whose_id_starts_with_the_same_digits() {
        Region county = stored(new Region("520100", "扶贫县", RegionLevel.COUNTY, null), 1);
        Region other = stored(new Region("520200", "邻县", RegionLevel.COUNTY, null), 10);
        Region otherTownship = stored(new Region("520201", "邻镇", RegionLevel.TOWNSHIP, other), 11);

        assertFalse(county.contains(other));
        assertFalse(county.contains(otherTownship));
    }
}
