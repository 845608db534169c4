package cn.fundperf.web.faces;

import cn.fundperf.ejb.project.Yuan;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Amounts kept in 元 shown in 万元 with two decimals, as lists, forms and the public page show
 * money in Chinese offices ({@code converter="fundperf.Wan"}); the column header says 万元 once.
 */
@FacesConverter("fundperf.Wan")
public class WanConverter implements Converter<BigDecimal> {

    @Override
    public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
        throw new UnsupportedOperationException("万元 is for display; amounts are entered in 元");
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, BigDecimal yuan) {
        return format(yuan);
    }

    static String format(BigDecimal yuan) {
        if (yuan == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(Yuan.toWan(yuan));
    }
}
