package cn.fundperf.ejb.target;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How this deployment groups indicators (domain.md §3): 成本指标 stands under 产出指标 by default;
 * some provinces list it as a level 1 of its own. Set in config/rules.properties.
 */
@ApplicationScoped
public class IndicatorSettings {

    @Inject
    @ConfigProperty(name = "fundperf.indicators.cost-as-level1", defaultValue = "false")
    boolean costStandsAlone;

    public boolean costStandsAlone() {
        return costStandsAlone;
    }

    public IndicatorLevel1 level1Of(IndicatorLevel2 level2) {
        return level2.level1(costStandsAlone);
    }
}
