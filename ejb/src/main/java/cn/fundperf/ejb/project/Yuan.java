package cn.fundperf.ejb.project;

import cn.fundperf.ejb.business.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money in 元: two decimals, half-up, never negative, never floating point. */
public final class Yuan {

    public static final int SCALE = 2;
    private static final BigDecimal TEN_THOUSAND = new BigDecimal("10000");

    private Yuan() {
    }

    public static BigDecimal of(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        if (amount.signum() < 0) {
            throw new InvalidInputException("money.negative");
        }
        return amount.setScale(SCALE, RoundingMode.HALF_UP);
    }

    public static BigDecimal of(String amount) {
        return of(new BigDecimal(amount));
    }

    /** 万元 as the official forms show amounts, four decimals so that 元 are not lost. */
    public static BigDecimal toWan(BigDecimal yuan) {
        return yuan == null ? null : yuan.divide(TEN_THOUSAND, 4, RoundingMode.HALF_UP);
    }

    public static BigDecimal fromWan(BigDecimal wan) {
        return wan == null ? null : of(wan.multiply(TEN_THOUSAND));
    }
}
