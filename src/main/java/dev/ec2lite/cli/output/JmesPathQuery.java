package dev.ec2lite.cli.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.burt.jmespath.Expression;
import io.burt.jmespath.JmesPath;
import io.burt.jmespath.jackson.JacksonRuntime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@code --query} expression, compiled once (so a bad one is refused before any call) and applied
 * to answer trees. The JMESPath library works on Jackson trees, so the answer is converted there and
 * back; this class, the library and Jackson's databind load only when a command has a query.
 */
public final class JmesPathQuery {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Expression<JsonNode> expression;

    private JmesPathQuery(Expression<JsonNode> expression) {
        this.expression = expression;
    }

    /**
     * Compiles {@code text}.
     *
     * @throws IllegalArgumentException naming the expression and the parser's complaint
     */
    public static JmesPathQuery compile(String text) {
        JmesPath<JsonNode> runtime = new JacksonRuntime();
        try {
            return new JmesPathQuery(runtime.compile(LegacyLiterals.quote(text)));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Bad value for --query " + text + ": " + e.getMessage(), e);
        }
    }

    /** The expression's result on {@code tree}, as a tree again. */
    public Object search(Object tree) {
        return fromNode(expression.search(toNode(tree)));
    }

    private static JsonNode toNode(Object value) {
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = NODES.objectNode();
            map.forEach((key, item) -> object.set(String.valueOf(key), toNode(item)));
            return object;
        }
        if (value instanceof List<?> list) {
            ArrayNode array = NODES.arrayNode();
            list.forEach(item -> array.add(toNode(item)));
            return array;
        }
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (value instanceof Double d) {
            return NODES.numberNode(d);
        }
        if (value instanceof Number n) {
            return NODES.numberNode(n.longValue());
        }
        return NODES.textNode(value.toString());
    }

    private static Object fromNode(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                map.put(field.getKey(), fromNode(field.getValue()));
            }
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(item -> list.add(fromNode(item)));
            return list;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber()) {
            return node.longValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        return node.asText();
    }
}
