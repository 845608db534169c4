package cn.fundperf.web.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** Labels of enum values in the view's language: {@code #{labels.of(row.type)}}. */
@Named("labels")
@ApplicationScoped
public class EnumLabels {

    public String of(Enum<?> value) {
        return value == null ? "" : Texts.text("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }
}
