package org.laborlink.platform.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class RegionCodeTest {

    @Test
    void aProvinceContainsItsPrefecturesAndCountiesButNotItsNeighbours() {
        RegionCode guizhou = new RegionCode("520000");
        assertEquals(RegionCode.Level.PROVINCE, guizhou.level());
        assertTrue(guizhou.contains("522601"));
        assertTrue(guizhou.contains("522600"));
        assertFalse(guizhou.contains("513401"));
    }

    @Test
    void aCountyOfficerGovernsOnlyTheCounty() {
        RegionCode kaili = new RegionCode("522601");
        assertEquals(RegionCode.Level.COUNTY, kaili.level());
        assertEquals("520000", kaili.province());
        assertTrue(kaili.contains("522601"));
        assertFalse(kaili.contains("522602"));
        assertTrue(new RegionCode("522600").contains("522601"));
    }

    @Test
    void malformedCodesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RegionCode("52260"));
        assertThrows(IllegalArgumentException.class, () -> new RegionCode("052601"));
        assertFalse(RegionCode.isWellFormed(null));
    }

    @Test
    void theDivisionListKnowsCountiesByCode() {
        AdministrativeDivisions divisions = new AdministrativeDivisions(
                Path.of(System.getProperty("laborlink.reference-data.dir", "../../shared/data")));
        assertTrue(divisions.size() > 3000, "cncity.csv has about 3,220 divisions");
        assertTrue(divisions.isCounty("522601"));
        assertEquals("凯里市", divisions.find("522601").orElseThrow().name());
        assertTrue(divisions.isProvince("520000"));
        assertFalse(divisions.isCounty("522600"));
        assertTrue(divisions.isCounty("110101"), "Dongcheng, a district of Beijing, is county-level");
        assertFalse(divisions.find("999999").isPresent());
    }

    @Test
    void theOccupationClassificationKnowsDetailedOccupations() {
        OccupationClassification csco = new OccupationClassification(
                Path.of(System.getProperty("laborlink.reference-data.dir", "../../shared/data")));
        assertTrue(csco.size() > 2000, "csco22.csv has 2,049 entries");
        assertTrue(csco.isDetailedOccupation("4-10-01-05"));
        assertEquals("养老护理员", csco.find("4-10-01-05").orElseThrow().name());
        assertEquals("4-10", csco.find("4-10-01-05").orElseThrow().group());
        assertFalse(csco.isDetailedOccupation("4-10-00-00"));
    }
}
