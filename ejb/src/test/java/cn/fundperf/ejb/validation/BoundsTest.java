package cn.fundperf.ejb.validation;

import static cn.fundperf.ejb.project.ProjectBuilder.aProject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.fundperf.ejb.project.FundSource;
import cn.fundperf.ejb.project.Project;
import cn.fundperf.ejb.project.ProjectFunding;
import cn.fundperf.ejb.review.OpenRoundRequest;
import cn.fundperf.ejb.review.RoundSelection;
import cn.fundperf.ejb.targetsheet.IndicatorLevel2;
import cn.fundperf.ejb.targetsheet.IndicatorLine;
import cn.fundperf.ejb.targetsheet.Operator;
import cn.fundperf.ejb.targetsheet.TargetSheet;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The constraints on the input records and the entities, with the provider Payara ships (Hibernate Validator). */
class BoundsTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void provider() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    private static IndicatorLine line(IndicatorLevel2 level2, String name, String value, String weight) {
        return new IndicatorLine(level2, name, value == null ? null : "≥" + value + "公里",
                weight == null ? null : new BigDecimal(weight), null, null, null, null, null);
    }

    private static Set<String> refused(Object bean) {
        return validator.validate(bean).stream()
                .map(v -> v.getPropertyPath() + ":" + v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName())
                .collect(Collectors.toSet());
    }

    @Test
    void a_good_line_passes() {
        assertEquals(Set.of(), refused(line(IndicatorLevel2.QUANTITY, "新建产业路", "12", "20")));
    }

    /** A line as the sheet stores it: the entity carries the same bounds as the record. */
    private static Set<String> refusedAsStored(IndicatorLine line) {
        TargetSheet sheet = new TargetSheet(aProject().build(), 2026, "unit01", LocalDateTime.of(2026, 3, 1, 9, 0));
        sheet.revise("带动脱贫户增收", BigDecimal.TEN, List.of(line), LocalDateTime.of(2026, 3, 1, 9, 5));
        return refused(sheet);
    }

    private static boolean names(Set<String> refused, String fieldAndConstraint) {
        return refused.stream().anyMatch(r -> r.endsWith(fieldAndConstraint));
    }

    /*
     * Payara's OpenAPI generator fails (500 on /openapi) on value-carrying Bean Validation annotations
     * of record components, so the records carry our composed constraints (@Text, @Score, @Money...),
     * which it ignores; a refusal still names the standard constraint inside (Size, Digits...).
     */
    @Test
    void each_bound_of_a_line_names_its_field() {
        assertEquals(Set.of("level2:NotNull"), refused(line(null, "路", "12", "20")));
        assertEquals(Set.of("name:PlainText"), refused(line(IndicatorLevel2.QUANTITY, "路\u202E", "12", "20")));
        assertEquals(Set.of("name:Size"), refused(line(IndicatorLevel2.QUANTITY, "路".repeat(201), "12", "20")));
        assertEquals(Set.of("weight:Digits"), refused(line(IndicatorLevel2.QUANTITY, "路", "1", "20.001")));
        assertEquals(Set.of("weight:PositiveOrZero"), refused(line(IndicatorLevel2.QUANTITY, "路", "1", "-1")));
        assertEquals(Set.of("target:StorableValue"), refused(line(IndicatorLevel2.QUANTITY, "路", "1234567890123456", "20")));
        assertEquals(Set.of("target:StorableValue"), refused(line(IndicatorLevel2.QUANTITY, "路", "1.23456", "20")));
        assertEquals(Set.of("target:Size"), refused(line(IndicatorLevel2.QUANTITY, "路", "1" + "路".repeat(200), "20")));
        Set<String> tooLong = refusedAsStored(line(IndicatorLevel2.QUANTITY, "路".repeat(201), "12", "20"));
        assertTrue(names(tooLong, "name:Size"), tooLong.toString());
        Set<String> tooPrecise = refusedAsStored(line(IndicatorLevel2.QUANTITY, "路", "1", "20.001"));
        assertTrue(names(tooPrecise, "weight:Digits"), tooPrecise.toString());
        Set<String> negative = refusedAsStored(line(IndicatorLevel2.QUANTITY, "路", "1", "-1"));
        assertTrue(names(negative, "weight:PositiveOrZero"), negative.toString());
        assertEquals(Set.of(), refusedAsStored(line(IndicatorLevel2.QUANTITY, "新建产业路", "12", "20")));
    }

    @Test
    void a_round_is_bounded_in_members_and_sheets() {
        List<String> members = IntStream.range(0, Limits.MEMBERS.max() + 1).mapToObj(i -> "u" + i).toList();
        List<Long> sheets = Collections.nCopies(Limits.IDS.max() + 1, 1L);
        OpenRoundRequest request = new OpenRoundRequest(2026, "轮次", RoundSelection.HAND_PICKED, null, null, sheets, members, "u0");
        assertEquals(Set.of("memberUsernames:MaxItems", "sheetIds:MaxItems"), refused(request));
        OpenRoundRequest fractional = new OpenRoundRequest(1999, "轮\u0000次", RoundSelection.HAND_PICKED, null, null,
                List.of(1L), List.of("x".repeat(81)), "u0");
        assertEquals(Set.of("fiscalYear:Min", "title:PlainText", "memberUsernames[0].<list element>:Size"), refused(fractional));
    }

    @Test
    void the_limits_default_without_configuration() {
        assertEquals(20, Limits.FUNDINGS.max());
        assertEquals(200, Limits.INDICATORS.max());
        assertEquals(30, Limits.MEMBERS.max());
        assertEquals(500, Limits.IDS.max());
        assertEquals(20, Limits.UPLOAD_BYTES.megabytes());
        assertEquals(2 * 1024 * 1024, Limits.API_BODY_BYTES.max());
    }

    @Test
    void a_project_entity_is_checked_before_it_is_stored() {
        Project good = aProject().fundedBy(new ProjectFunding(FundSource.CENTRAL, new BigDecimal("800000"), "中央"))
                .build();
        assertEquals(Set.of(), refused(good));

        Project huge = aProject().fundedBy(new ProjectFunding(FundSource.CENTRAL, new BigDecimal("99999999999999999"), null)).build();
        Set<ConstraintViolation<Project>> violations = validator.validate(huge);
        Set<String> paths = violations.stream().map(v -> v.getPropertyPath().toString()).collect(Collectors.toSet());
        assertTrue(paths.contains("plannedTotal") && paths.contains("fundings[0].amount"), paths.toString());
    }

    @Test
    void element_collections_are_checked_before_they_are_stored() {
        // EclipseLink's own check at flush stops at element collections; the listener goes into them
        Project huge = aProject().fundedBy(new ProjectFunding(FundSource.CENTRAL, new BigDecimal("1e17"), "中\u202E央")).build();
        ConstraintViolationException refused = assertThrows(ConstraintViolationException.class, () -> new CollectionValidation().validate(huge));
        Set<String> paths = refused.getConstraintViolations().stream().map(v -> v.getPropertyPath().toString()).collect(Collectors.toSet());
        assertTrue(paths.containsAll(Set.of("fundings[0].amount", "fundings[0].origin")), paths.toString());
        new CollectionValidation().validate(aProject().fundedBy(new ProjectFunding(FundSource.CENTRAL, new BigDecimal("0.01"), "中央")).build());
    }
}
