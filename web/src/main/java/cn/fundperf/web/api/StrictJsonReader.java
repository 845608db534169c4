package cn.fundperf.web.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.temporal.Temporal;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Before JSON-B binds a body, the body is read as JSON and held against the type it becomes:
 * <ul>
 * <li>an empty body or {@code null}: 400 {@code api.bodyRequired};</li>
 * <li>bytes that are not UTF-8: 400 {@code api.unreadableBody};</li>
 * <li>broken JSON, or nesting deeper than {@link #MAX_DEPTH}: 400 {@code api.unreadableBody} (read
 * without recursion, so that a million brackets cannot exhaust the stack);</li>
 * <li>a key given twice in one object: 400 {@code api.duplicateKey} (parsers keep the last one, so a
 * check that read the first would be fooled);</li>
 * <li>a value of the wrong JSON type (a number for a text, a text for a number, an object for a
 * list...): 422 {@code validation.wrongType} naming the field — JSON-B would quietly turn 42 into
 * "42";</li>
 * <li>a number bound to a whole-number property must be one and fit (JSON-B would store 2026.7 as 2026
 * and 2147483648 as -2147483648): 422 {@code validation.wholeNumber} naming the field.</li>
 * </ul>
 * A body read past the size limit answers 413 with a key.
 */
@Provider
public class StrictJsonReader implements ReaderInterceptor {

    /** Far beyond any of our bodies (a sheet's line is three levels down). */
    static final int MAX_DEPTH = 32;

    @Context
    HttpHeaders headers;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        boolean json = context.getMediaType() != null && MediaType.APPLICATION_JSON_TYPE.isCompatible(context.getMediaType());
        try {
            if (!json) {
                return context.proceed();
            }
            byte[] body = context.getInputStream().readAllBytes();
            String text;
            try {
                // strict: the parser would quietly put U+FFFD for bytes that are not UTF-8
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
            } catch (CharacterCodingException notUtf8) {
                throw refusal("api.unreadableBody");
            }
            if (text.isBlank()) {
                throw refusal("api.bodyRequired");
            }
            Optional<String> structure = structureProblem(body);
            if (structure.isPresent()) {
                throw structure.get().isEmpty() ? refusal("api.unreadableBody") : refusal("api.duplicateKey", structure.get());
            }
            JsonValue tree;
            try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
                tree = reader.readValue();
            }
            if (tree == JsonValue.NULL) {
                throw refusal("api.bodyRequired");
            }
            Mismatch bad = check(tree, context.getGenericType(), "");
            if (bad != null) {
                throw new WebApplicationException(ValidationProblemMapper.unprocessable(bad.key(), bad.field(), headers, (Object[]) bad.bounds()));
            }
            context.setInputStream(new ByteArrayInputStream(body));
            return context.proceed();
        } catch (IOException | RuntimeException e) {
            if (e instanceof WebApplicationException) {
                throw e;
            }
            Optional<Boolean> upload = BodyLimitFilter.tooLarge(e);
            if (upload.isPresent()) {
                BusinessExceptionMapper.Problem problem = BodyLimitFilter.problem(upload.get(), BusinessExceptionMapper.callersLocale(headers));
                throw new WebApplicationException(Response.status(413).type(MediaType.APPLICATION_JSON).entity(problem).build());
            }
            if (json && e instanceof RuntimeException) {
                throw refusal("api.unreadableBody");   // numbers the parser will not hold (1e100000) and the like
            }
            throw e;
        }
    }

    /**
     * Empty when the body is well-formed, shallow enough and has no repeated key; otherwise the
     * repeated key, or an empty text for broken or too deeply nested JSON.
     */
    static Optional<String> structureProblem(byte[] body) {
        Deque<Set<String>> open = new ArrayDeque<>();
        try (JsonParser parser = Json.createParser(new ByteArrayInputStream(body))) {
            while (parser.hasNext()) {
                switch (parser.next()) {
                    case START_OBJECT, START_ARRAY -> {
                        if (open.size() >= MAX_DEPTH) {
                            return Optional.of("");
                        }
                        open.push(new HashSet<>());
                    }
                    case END_OBJECT, END_ARRAY -> open.pop();
                    case KEY_NAME -> {
                        String key = parser.getString();
                        if (!open.peek().add(key)) {
                            return Optional.of(key.length() > 40 ? key.substring(0, 40) + "…" : key);
                        }
                    }
                    default -> { }
                }
            }
        } catch (RuntimeException broken) {
            return Optional.of("");
        }
        return Optional.empty();
    }

    private WebApplicationException refusal(String key, Object... arguments) {
        return new WebApplicationException(BusinessExceptionMapper.problem(400, headers, key, arguments));
    }

    /** A value that its property cannot take: the key, the field, and the bounds for a whole number. */
    record Mismatch(String key, String field, String... bounds) {
    }

    /** The first value in {@code value} that its property of {@code type} cannot hold as sent. */
    static Mismatch check(JsonValue value, Type type, String path) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        Class<?> raw = raw(type);
        if (raw == null || raw == Object.class) {
            return null;
        }
        String field = path.isEmpty() ? "body" : path;
        BigDecimal[] range = wholeRange(raw);
        if (range != null) {
            if (!(value instanceof JsonNumber number)) {
                return new Mismatch("validation.wrongType", field);
            }
            BigDecimal n = number.bigDecimalValue();
            boolean whole = n.signum() == 0 || n.stripTrailingZeros().scale() <= 0;
            if (!whole || n.compareTo(range[0]) < 0 || n.compareTo(range[1]) > 0) {
                return new Mismatch("validation.wholeNumber", field, range[0].toPlainString(), range[1].toPlainString());
            }
            return null;
        }
        if (!expected(raw).contains(value.getValueType())) {
            return new Mismatch("validation.wrongType", field);
        }
        if (value instanceof JsonArray array) {
            Type element = type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
            for (int i = 0; i < array.size(); i++) {
                Mismatch bad = check(array.get(i), element, path + "[" + i + "]");
                if (bad != null) {
                    return bad;
                }
            }
            return null;
        }
        if (!(value instanceof JsonObject object)) {
            return null;
        }
        if (raw.isRecord()) {
            for (RecordComponent component : raw.getRecordComponents()) {
                Mismatch bad = check(object.get(component.getName()), component.getGenericType(), join(path, component.getName()));
                if (bad != null) {
                    return bad;
                }
            }
            return null;
        }
        for (Class<?> c = raw; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) && !Modifier.isTransient(f.getModifiers())) {
                    Mismatch bad = check(object.get(f.getName()), f.getGenericType(), join(path, f.getName()));
                    if (bad != null) {
                        return bad;
                    }
                }
            }
        }
        return null;
    }

    /** The JSON types a property of this Java type accepts. */
    private static Set<JsonValue.ValueType> expected(Class<?> raw) {
        if (raw == String.class || raw.isEnum() || Temporal.class.isAssignableFrom(raw)) {
            return Set.of(JsonValue.ValueType.STRING);
        }
        if (raw == BigDecimal.class || raw == BigInteger.class || raw == double.class || raw == Double.class
                || raw == float.class || raw == Float.class) {
            return Set.of(JsonValue.ValueType.NUMBER);
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return Set.of(JsonValue.ValueType.TRUE, JsonValue.ValueType.FALSE);
        }
        if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            return Set.of(JsonValue.ValueType.ARRAY);
        }
        if (raw.getName().startsWith("java.")) {
            return Set.of(JsonValue.ValueType.values());   // a type we do not take in: JSON-B decides
        }
        return Set.of(JsonValue.ValueType.OBJECT);
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return null;
    }

    private static BigDecimal[] wholeRange(Class<?> type) {
        if (type == int.class || type == Integer.class) {
            return new BigDecimal[] {BigDecimal.valueOf(Integer.MIN_VALUE), BigDecimal.valueOf(Integer.MAX_VALUE)};
        }
        if (type == long.class || type == Long.class) {
            return new BigDecimal[] {BigDecimal.valueOf(Long.MIN_VALUE), BigDecimal.valueOf(Long.MAX_VALUE)};
        }
        if (type == short.class || type == Short.class) {
            return new BigDecimal[] {BigDecimal.valueOf(Short.MIN_VALUE), BigDecimal.valueOf(Short.MAX_VALUE)};
        }
        if (type == byte.class || type == Byte.class) {
            return new BigDecimal[] {BigDecimal.valueOf(Byte.MIN_VALUE), BigDecimal.valueOf(Byte.MAX_VALUE)};
        }
        return null;
    }
}
