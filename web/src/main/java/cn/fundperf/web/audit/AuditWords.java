package cn.fundperf.web.audit;

import cn.fundperf.ejb.audit.AuditEntry;
import cn.fundperf.ejb.audit.AuditRecord;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The audit log in the reader's language: events ({@code audit.event.<action>}), object types
 * ({@code audit.object.<type>}) and the enum names inside the before/after summaries. A code
 * without a text stays as recorded, so an event added later still shows something true.
 */
public final class AuditWords {

    static final String EVENT = "audit.event.";
    static final String OBJECT = "audit.object.";
    private static final String SYSTEM_ACTOR = "system:";
    private static final Pattern ENUM_NAME = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*\\b");

    // the summaries carry bare enum names; FINANCE is looked up as a role before an organization type
    private static final List<String> SUMMARY_ENUMS = List.of("TargetSheetStatus", "ReviewCriterion", "Rating",
            "ReviewConclusion", "Role", "Permission", "OrganizationType", "AdjustmentType", "AdjustmentStatus", "Kind",
            "RegionLevel", "FundSource", "ProjectLibraryStatus");

    private final ResourceBundle bundle;

    public AuditWords(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public record Choice(String code, String words) implements Serializable {
        public String getCode() { return code; }
        public String getWords() { return words; }
    }

    public AuditRow row(AuditEntry entry) {
        AuditRecord r = entry.record();
        return new AuditRow(r.getChainOrder(), r.getOccurredAt(), r.getActorUsername(),
                actor(r.getActorUsername(), entry.actorDisplayName()), r.getActorOrganizationName(), r.getAction(),
                event(r.getAction()), object(r.getEntityType(), r.getEntityId(), entry.objectName()),
                (nonNull(r.getEntityType()) + " " + nonNull(r.getEntityId())).strip(),
                summary(r.getBefore()), summary(r.getAfter()), r.getClientAddress());
    }

    public String event(String action) {
        return action == null ? "" : textOr(EVENT + action, action);
    }

    public String objectType(String type) {
        return type == null ? "" : textOr(OBJECT + type, type);
    }

    /** The type in words and the object's name; its id when it has no name (gone, or not an entity). */
    public String object(String type, String id, String name) {
        String label = name != null && !name.isBlank() ? name : id;
        return (objectType(type) + " " + (label == null ? "" : label)).strip();
    }

    public String actor(String username, String displayName) {
        if (displayName != null && !displayName.isBlank()) {
            return displayName;
        }
        if (username != null && username.startsWith(SYSTEM_ACTOR) && bundle.containsKey("audit.actor.system")) {
            return new MessageFormat(bundle.getString("audit.actor.system"), locale())
                    .format(new Object[] {username.substring(SYSTEM_ACTOR.length())});
        }
        return username;
    }

    /** Replaces the enum names the services write into summaries with their labels; the rest stays. */
    public String summary(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        Matcher m = ENUM_NAME.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(enumLabel(m.group())));
        }
        return m.appendTail(out).toString();
    }

    /** The events (or object types) that have words, by code, for the screen's filters. */
    public List<Choice> events() {
        return choices(EVENT);
    }

    public List<Choice> objectTypes() {
        return choices(OBJECT);
    }

    private List<Choice> choices(String prefix) {
        return Collections.list(bundle.getKeys()).stream()
                .filter(key -> key.startsWith(prefix) && key.length() > prefix.length())
                .map(key -> key.substring(prefix.length()))
                .distinct().sorted()
                .map(code -> new Choice(code, bundle.getString(prefix + code)))
                .toList();
    }

    private String enumLabel(String name) {
        for (String type : SUMMARY_ENUMS) {
            String key = "enum." + type + "." + name;
            if (bundle.containsKey(key)) {
                return bundle.getString(key);
            }
        }
        return name;
    }

    private String textOr(String key, String fallback) {
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    private Locale locale() {
        return bundle.getLocale() == null ? Locale.ROOT : bundle.getLocale();
    }
}
