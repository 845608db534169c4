package cn.fundperf.ejb.targetsheet;

import cn.fundperf.ejb.reference.FundCategory;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How this deployment reads and checks indicators (domain.md §3), set in config/rules.properties:
 * whether 成本指标 stands as a level 1 of its own, whether 分值 are set at target setting, which
 * fund categories need no 满意度 indicator, and what a value written without operator means.
 */
@ApplicationScoped
public class IndicatorSettings {

    @Inject
    @ConfigProperty(name = "fundperf.indicators.cost-as-level1", defaultValue = "false")
    boolean costStandsAlone;

    @Inject
    @ConfigProperty(name = "fundperf.indicators.weights", defaultValue = "OPTIONAL")
    String weights;

    /** Category codes whose sheets need no 满意度 indicator; empty: every category needs one. */
    @Inject
    @ConfigProperty(name = "fundperf.indicators.satisfaction-not-required")
    Optional<String> satisfactionNotRequired;

    /** The province's title of the 申报表 ("绩效目标申报表", "…补助资金绩效目标申报表"); none: 项目支出绩效目标申报表. */
    @Inject
    @ConfigProperty(name = "fundperf.forms.declaration-title")
    Optional<String> declarationTitle;

    @Inject
    Config config;

    private SheetRules.Weights weightsMode;
    private List<String> satisfactionExempt;
    private ImplicitOperators implicitOperators;

    /** A typo in the settings fails at start, naming the key. */
    @PostConstruct
    void read() {
        try {
            weightsMode = SheetRules.Weights.valueOf(weights.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("fundperf.indicators.weights: " + weights + " is none of NOT_USED, OPTIONAL, REQUIRED", e);
        }
        implicitOperators = ImplicitOperators.from(key -> config.getOptionalValue(key, String.class));
        satisfactionExempt = satisfactionNotRequired.stream().flatMap(codes -> Arrays.stream(codes.split("[,，\\s]+")))
                .filter(code -> !code.isBlank()).toList();
    }

    public boolean costStandsAlone() {
        return costStandsAlone;
    }

    public IndicatorLevel1 level1Of(IndicatorLevel2 level2) {
        return level2.level1(costStandsAlone);
    }

    public String declarationTitle() {
        return declarationTitle.filter(t -> !t.isBlank()).orElse(null);
    }

    public SheetRules.Weights weights() {
        return weightsMode;
    }

    public ImplicitOperators implicitOperators() {
        return implicitOperators;
    }

    /** The completeness rules for a sheet of this category. */
    public SheetRules rulesFor(FundCategory category) {
        boolean exempt = Optional.ofNullable(category).map(c -> satisfactionExempt.stream()
                .anyMatch(code -> code.strip().equalsIgnoreCase(c.getCode()))).orElse(false);
        return new SheetRules(weightsMode, !exempt);
    }
}
