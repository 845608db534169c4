package cn.fundperf.web.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
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
import java.util.Collection;

/**
 * Before JSON-B binds a body: an empty body or {@code null} is refused (400 {@code api.bodyRequired});
 * a number bound to a whole-number property must be one and fit (JSON-B would store 2026.7 as 2026
 * and 2147483648 as -2147483648): 422 {@code validation.wholeNumber} naming the field. A body read
 * past the size limit answers 413 with a key.
 */
@Provider
public class StrictJsonReader implements ReaderInterceptor {

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
            if (new String(body, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
                throw refusal(400, "api.bodyRequired");
            }
            JsonValue tree;
            try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
                tree = reader.readValue();
            } catch (JsonException | IllegalStateException notJson) {
                tree = null;   // JSON-B reports it as unreadable, as before
            }
            if (tree == JsonValue.NULL) {
                throw refusal(400, "api.bodyRequired");
            }
            if (tree != null) {
                BadNumber bad = check(tree, context.getGenericType(), "");
                if (bad != null) {
                    throw new WebApplicationException(ValidationProblemMapper.unprocessable("validation.wholeNumber", bad.field(),
                            headers, bad.min(), bad.max()));
                }
            }
            context.setInputStream(new ByteArrayInputStream(body));
            return context.proceed();
        } catch (IOException | RuntimeException e) {
            if (e instanceof WebApplicationException) {
                throw e;
            }
            java.util.Optional<Boolean> upload = BodyLimitFilter.tooLarge(e);
            if (upload.isPresent()) {
                BusinessExceptionMapper.Problem problem = BodyLimitFilter.problem(upload.get(), BusinessExceptionMapper.callersLocale(headers));
                throw new WebApplicationException(Response.status(413).type(MediaType.APPLICATION_JSON).entity(problem).build());
            }
            throw e;
        }
    }

    private WebApplicationException refusal(int status, String key) {
        return new WebApplicationException(BusinessExceptionMapper.problem(status, headers, key));
    }

    /** A number that does not fit the whole-number property at {@code field}. */
    record BadNumber(String field, String min, String max) {
    }

    /** The first number in {@code value} that its property of {@code type} cannot hold exactly. */
    static BadNumber check(JsonValue value, Type type, String path) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        Class<?> raw = raw(type);
        if (raw == null) {
            return null;
        }
        BigDecimal[] range = wholeRange(raw);
        if (range != null) {
            if (value instanceof JsonNumber number) {
                BigDecimal n = number.bigDecimalValue();
                boolean whole = n.signum() == 0 || n.stripTrailingZeros().scale() <= 0;
                if (!whole || n.compareTo(range[0]) < 0 || n.compareTo(range[1]) > 0) {
                    return new BadNumber(path.isEmpty() ? "body" : path, range[0].toPlainString(), range[1].toPlainString());
                }
            }
            return null;
        }
        if (Collection.class.isAssignableFrom(raw) && value instanceof JsonArray array) {
            Type element = type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
            for (int i = 0; i < array.size(); i++) {
                BadNumber bad = check(array.get(i), element, path + "[" + i + "]");
                if (bad != null) {
                    return bad;
                }
            }
            return null;
        }
        if (!(value instanceof JsonObject object) || raw.getName().startsWith("java.")) {
            return null;
        }
        if (raw.isRecord()) {
            for (RecordComponent component : raw.getRecordComponents()) {
                BadNumber bad = check(object.get(component.getName()), component.getGenericType(), join(path, component.getName()));
                if (bad != null) {
                    return bad;
                }
            }
            return null;
        }
        for (Class<?> c = raw; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !Modifier.isTransient(field.getModifiers())) {
                    BadNumber bad = check(object.get(field.getName()), field.getGenericType(), join(path, field.getName()));
                    if (bad != null) {
                        return bad;
                    }
                }
            }
        }
        return null;
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
