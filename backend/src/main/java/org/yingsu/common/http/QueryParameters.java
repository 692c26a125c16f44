package org.yingsu.common.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.yingsu.common.problem.Problem;
import org.yingsu.common.problem.ProblemException;
import org.yingsu.common.problem.ProblemMappers;

/**
 * Every operation takes exactly the query parameters its resource method declares ({@code @QueryParam}, also inside
 * a {@code @BeanParam}), each with a value of its type: anything else is a 400 naming the parameter, before the
 * resource runs. A misspelt filter would otherwise be ignored and answer more than was asked for, and a malformed
 * value would surface as the converter's 404. A parameter whose documented schema lists its values (an
 * {@code enumeration} in its {@code @Parameter}) takes only those: the documented list is the check.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 100)
public class QueryParameters implements ContainerRequestFilter {

    private static final Map<Method, Map<String, Declared>> DECLARED = new ConcurrentHashMap<>();

    @Context
    ResourceInfo resource;

    /** A declared parameter: how its values are read, and the only values it takes when its schema lists them. */
    record Declared(Class<?> type, Set<String> allowed) {

        /** Why {@code value} is not one of this parameter's, or {@code null} when it is. */
        String refuse(String value) {
            if (!allowed.isEmpty() && !allowed.contains(value)) {
                return "\"" + value + "\" is not one of " + allowed.stream().sorted().toList();
            }
            Function<String, ?> reader = READERS.get(type);
            if (type.isEnum()) {
                return Arrays.stream(type.getEnumConstants()).anyMatch(c -> ((Enum<?>) c).name().equals(value))
                        ? null : "\"" + value + "\" is not " + ProblemMappers.describe(type);
            }
            if (reader == null) {
                return null;
            }
            try {
                reader.apply(value);
                return null;
            } catch (RuntimeException e) {
                return "\"" + value + "\" is not " + ProblemMappers.describe(type);
            }
        }
    }

    private static final Map<Class<?>, Function<String, ?>> READERS = Map.ofEntries(
            Map.entry(OffsetDateTime.class, OffsetDateTime::parse),
            Map.entry(Instant.class, Instant::parse),
            Map.entry(LocalDate.class, LocalDate::parse),
            Map.entry(Integer.class, Integer::valueOf), Map.entry(int.class, Integer::valueOf),
            Map.entry(Long.class, Long::valueOf), Map.entry(long.class, Long::valueOf),
            Map.entry(Boolean.class, QueryParameters::strictBoolean),
            Map.entry(boolean.class, QueryParameters::strictBoolean));

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Map<String, Declared> declared = DECLARED.computeIfAbsent(method, QueryParameters::declaredBy);
        List<Problem.FieldError> errors = new ArrayList<>();
        new TreeMap<>(request.getUriInfo().getQueryParameters()).forEach((name, values) -> {
            Declared parameter = declared.get(name);
            if (parameter == null) {
                errors.add(new Problem.FieldError(name, declared.isEmpty()
                        ? "unknown query parameter; this operation takes none"
                        : "unknown query parameter; this operation takes " + String.join(", ",
                                new java.util.TreeSet<>(declared.keySet()))));
                return;
            }
            values.stream().map(parameter::refuse).filter(java.util.Objects::nonNull).findFirst()
                    .ifPresent(message -> errors.add(new Problem.FieldError(name, message)));
        });
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    /** The query parameters of a resource method, by name. */
    static Map<String, Declared> declaredBy(Method method) {
        Map<String, Declared> declared = new TreeMap<>();
        Map<String, Set<String>> documented = documentedValues(method.getAnnotationsByType(
                org.eclipse.microprofile.openapi.annotations.parameters.Parameter.class));
        for (Parameter parameter : method.getParameters()) {
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            if (query != null) {
                declared.put(query.value(), new Declared(parameter.getType(),
                        allowed(query.value(), documented, parameter.getAnnotationsByType(
                                org.eclipse.microprofile.openapi.annotations.parameters.Parameter.class))));
            } else if (parameter.isAnnotationPresent(BeanParam.class)) {
                collectFields(parameter.getType(), documented, declared);
            }
        }
        return Map.copyOf(declared);
    }

    private static void collectFields(Class<?> bean, Map<String, Set<String>> documented,
            Map<String, Declared> declared) {
        for (Class<?> type = bean; type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                QueryParam query = field.getAnnotation(QueryParam.class);
                if (query != null) {
                    declared.put(query.value(), new Declared(field.getType(), allowed(query.value(), documented,
                            field.getAnnotationsByType(
                                    org.eclipse.microprofile.openapi.annotations.parameters.Parameter.class))));
                } else if (field.isAnnotationPresent(BeanParam.class)) {
                    collectFields(field.getType(), documented, declared);
                }
            }
        }
    }

    /** Values listed by the method's own {@code @Parameter(name = …, in = QUERY, schema = @Schema(enumeration))}. */
    private static Map<String, Set<String>> documentedValues(
            org.eclipse.microprofile.openapi.annotations.parameters.Parameter[] parameters) {
        Map<String, Set<String>> values = new TreeMap<>();
        for (var parameter : parameters) {
            if ((parameter.in() == ParameterIn.QUERY || parameter.in() == ParameterIn.DEFAULT)
                    && !parameter.name().isEmpty() && parameter.schema().enumeration().length > 0) {
                values.put(parameter.name(), Set.of(parameter.schema().enumeration()));
            }
        }
        return values;
    }

    private static Set<String> allowed(String name, Map<String, Set<String>> documentedOnMethod,
            org.eclipse.microprofile.openapi.annotations.parameters.Parameter[] onParameter) {
        for (var parameter : onParameter) {
            if (parameter.schema().enumeration().length > 0) {
                return Set.of(parameter.schema().enumeration());
            }
        }
        return documentedOnMethod.getOrDefault(name, Set.of());
    }

    /** {@code true} or {@code false}: JAX-RS would read any other word as false. */
    private static Boolean strictBoolean(String value) {
        if (value.equals("true") || value.equals("false")) {
            return Boolean.valueOf(value);
        }
        throw new IllegalArgumentException(value);
    }
}
