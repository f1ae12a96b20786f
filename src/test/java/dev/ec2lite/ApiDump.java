package dev.ec2lite;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A text listing of a set of packages' public API, one type per header line and one member per indented
 * line, sorted so that the same API always gives the same text. Types are keyed by binary name ({@code
 * Outer$Inner}), as reflection names them in signatures.
 *
 * <p>Left out on purpose: {@code equals}, {@code hashCode} and {@code toString} overrides (their
 * signatures are {@code Object}'s, so adding one changes nothing a caller compiles against), protected
 * members of final classes (no one can reach them), and synthetic or bridge members.
 */
final class ApiDump {
    private static final String INDENT = "  ";
    private static final Set<String> KINDS = Set.of("class", "interface", "enum", "record", "@interface");
    private static final String HEADER = "# The public API of the exported packages of module dev.ec2lite, checked by"
            + " ApiSurfaceTest.\n# Regenerate it after a deliberate change (see CONTRIBUTING.md); never edit it by"
            + " hand.\n";

    private ApiDump() {}

    /** The API of {@code packages}, whose classes are under {@code classesRoot}: type name to header + members. */
    static Map<String, List<String>> of(Set<String> packages, Path classesRoot) throws IOException {
        Map<String, List<String>> api = new TreeMap<>();
        for (String pkg : packages) {
            Path dir = classesRoot.resolve(pkg.replace('.', '/'));
            List<Path> files;
            try (Stream<Path> listed = Files.list(dir)) {
                files = listed.filter(f -> f.getFileName().toString().endsWith(".class"))
                        .sorted()
                        .collect(Collectors.toList());
            }
            for (Path file : files) {
                String simple = file.getFileName().toString().replace(".class", "");
                if (simple.equals("package-info") || simple.equals("module-info")) {
                    continue;
                }
                Class<?> type = load(pkg + "." + simple);
                if (isApi(type)) {
                    api.put(type.getName(), describe(type));
                }
            }
        }
        return api;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ApiDump.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("cannot load " + name, e);
        }
    }

    /** Public or protected, and so is every type it is nested in; never local, anonymous or synthetic. */
    private static boolean isApi(Class<?> type) {
        if (type.isAnonymousClass() || type.isLocalClass() || type.isSynthetic()) {
            return false;
        }
        int modifiers = type.getModifiers();
        if (!Modifier.isPublic(modifiers) && !Modifier.isProtected(modifiers)) {
            return false;
        }
        Class<?> outer = type.getDeclaringClass();
        return outer == null
                || (isApi(outer) && (Modifier.isPublic(modifiers) || !Modifier.isFinal(outer.getModifiers())));
    }

    private static List<String> describe(Class<?> type) {
        boolean finalType = Modifier.isFinal(type.getModifiers());
        Set<String> members = new TreeSet<>();
        for (Field field : type.getDeclaredFields()) {
            if (!field.isSynthetic() && visible(field.getModifiers(), finalType)) {
                members.add(field(field));
            }
        }
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            if (!constructor.isSynthetic() && visible(constructor.getModifiers(), finalType)) {
                members.add(executable(constructor, type.getName(), ""));
            }
        }
        for (Method method : type.getDeclaredMethods()) {
            if (!method.isSynthetic()
                    && !method.isBridge()
                    && visible(method.getModifiers(), finalType)
                    && !overridesObject(method)) {
                members.add(executable(
                        method, method.getName(), method.getGenericReturnType().getTypeName() + " "));
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add(header(type));
        members.forEach(member -> lines.add(INDENT + member));
        return lines;
    }

    private static boolean visible(int modifiers, boolean finalType) {
        return Modifier.isPublic(modifiers) || (Modifier.isProtected(modifiers) && !finalType);
    }

    private static boolean overridesObject(Method method) {
        Class<?>[] params = method.getParameterTypes();
        return (params.length == 0
                        && (method.getName().equals("toString")
                                || method.getName().equals("hashCode")))
                || (params.length == 1
                        && params[0] == Object.class
                        && method.getName().equals("equals"));
    }

    private static String header(Class<?> type) {
        int modifiers = type.getModifiers();
        String kind;
        if (type.isAnnotation()) {
            kind = "@interface";
        } else if (type.isInterface()) {
            kind = "interface";
        } else if (type.isEnum()) {
            kind = "enum";
        } else if (type.isRecord()) {
            kind = "record";
        } else {
            kind = "class";
        }
        // Interfaces are always abstract, enums and records always final: say only what the kind does not.
        int shown = modifiers & (Modifier.PUBLIC | Modifier.PROTECTED | Modifier.STATIC);
        if (kind.equals("class")) {
            shown |= modifiers & (Modifier.ABSTRACT | Modifier.FINAL);
        }
        StringBuilder text = new StringBuilder(Modifier.toString(shown));
        if (type.isSealed()) {
            text.append(" sealed");
        }
        text.append(' ')
                .append(kind)
                .append(' ')
                .append(type.getName())
                .append(typeParameters(type.getTypeParameters()));
        Type superclass = type.getGenericSuperclass();
        if (superclass != null && kind.equals("class") && superclass != Object.class) {
            text.append(" extends ").append(superclass.getTypeName());
        }
        List<String> interfaces = new ArrayList<>();
        for (Type implemented : type.getGenericInterfaces()) {
            if (!(type.isAnnotation() && implemented == java.lang.annotation.Annotation.class)) {
                interfaces.add(implemented.getTypeName());
            }
        }
        if (!interfaces.isEmpty()) {
            text.append(type.isInterface() ? " extends " : " implements ").append(String.join(", ", interfaces));
        }
        return text.toString();
    }

    private static String field(Field field) {
        int modifiers =
                field.getModifiers() & (Modifier.PUBLIC | Modifier.PROTECTED | Modifier.STATIC | Modifier.FINAL);
        String text =
                Modifier.toString(modifiers) + " " + field.getGenericType().getTypeName() + " " + field.getName();
        boolean constant = Modifier.isStatic(field.getModifiers())
                && Modifier.isFinal(field.getModifiers())
                && (field.getType().isPrimitive() || field.getType() == String.class);
        if (constant) {
            // A constant's value is compiled into its callers: changing it is an API change.
            try {
                field.setAccessible(true);
                Object value = field.get(null);
                text += " = "
                        + (value instanceof String s
                                ? '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"'
                                : value);
            } catch (IllegalAccessException | RuntimeException e) {
                throw new IllegalStateException("cannot read constant " + field, e);
            }
        }
        return text;
    }

    /** Modifiers, type parameters, {@code returned} (empty for a constructor), name, parameters, throws. */
    private static String executable(Executable member, String name, String returned) {
        int mask = Modifier.PUBLIC | Modifier.PROTECTED | Modifier.STATIC | Modifier.FINAL | Modifier.ABSTRACT;
        StringBuilder text = new StringBuilder(Modifier.toString(member.getModifiers() & mask));
        if (member instanceof Method method && method.isDefault()) {
            text.append(" default");
        }
        String typeParameters = typeParameters(member.getTypeParameters());
        if (!typeParameters.isEmpty()) {
            text.append(' ').append(typeParameters);
        }
        text.append(' ').append(returned).append(name).append('(');
        Type[] params = member.getGenericParameterTypes();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < params.length; i++) {
            String param = params[i].getTypeName();
            if (member.isVarArgs() && i == params.length - 1 && param.endsWith("[]")) {
                param = param.substring(0, param.length() - 2) + "...";
            }
            names.add(param);
        }
        text.append(String.join(", ", names)).append(')');
        Type[] thrown = member.getGenericExceptionTypes();
        if (thrown.length > 0) {
            text.append(" throws ")
                    .append(Arrays.stream(thrown).map(Type::getTypeName).collect(Collectors.joining(", ")));
        }
        return text.toString();
    }

    private static String typeParameters(TypeVariable<?>[] variables) {
        if (variables.length == 0) {
            return "";
        }
        List<String> texts = new ArrayList<>();
        for (TypeVariable<?> variable : variables) {
            List<String> bounds = Arrays.stream(variable.getBounds())
                    .filter(bound -> bound != Object.class)
                    .map(Type::getTypeName)
                    .collect(Collectors.toList());
            texts.add(variable.getName() + (bounds.isEmpty() ? "" : " extends " + String.join(" & ", bounds)));
        }
        return "<" + String.join(", ", texts) + ">";
    }

    /** The file's text: a comment, then each type's header and indented members, in name order. */
    static String format(Map<String, List<String>> api) {
        StringBuilder text = new StringBuilder(HEADER);
        for (List<String> lines : api.values()) {
            lines.forEach(line -> text.append(line).append('\n'));
        }
        return text.toString();
    }

    /** Reads {@link #format}'s text back; {@code #} lines and blank lines are skipped. */
    static Map<String, List<String>> parse(String text) {
        Map<String, List<String>> api = new TreeMap<>();
        List<String> current = null;
        for (String line : text.split("\n", -1)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith(INDENT)) {
                if (current == null) {
                    throw new IllegalArgumentException("a member before any type: " + line);
                }
                current.add(line);
            } else {
                current = new ArrayList<>();
                current.add(line);
                api.put(nameOf(line), current);
            }
        }
        return api;
    }

    /** The type name in a header: the word after its kind, without type parameters. */
    static String nameOf(String header) {
        List<String> words = List.of(header.split(" "));
        for (int i = 0; i < words.size() - 1; i++) {
            if (KINDS.contains(words.get(i))) {
                String name = words.get(i + 1);
                int generic = name.indexOf('<');
                return generic < 0 ? name : name.substring(0, generic);
            }
        }
        throw new IllegalArgumentException("not a type header: " + header);
    }

    /**
     * What changed from {@code expected} to {@code actual}: a type only in one is one {@code -}/{@code +}
     * line; a type in both with other members gets its header as context, then {@code -} and {@code +}
     * lines for its members. Empty when they are the same.
     */
    static String diff(Map<String, List<String>> expected, Map<String, List<String>> actual) {
        StringBuilder text = new StringBuilder();
        Set<String> names = new TreeSet<>(expected.keySet());
        names.addAll(actual.keySet());
        for (String name : names) {
            List<String> before = expected.get(name);
            List<String> after = actual.get(name);
            if (after == null) {
                text.append("- ").append(before.get(0)).append('\n');
            } else if (before == null) {
                text.append("+ ").append(after.get(0)).append('\n');
            } else if (!before.equals(after)) {
                if (before.get(0).equals(after.get(0))) {
                    text.append("  ").append(after.get(0)).append('\n');
                } else {
                    text.append("- ").append(before.get(0)).append('\n');
                    text.append("+ ").append(after.get(0)).append('\n');
                }
                List<String> removed = new ArrayList<>(before.subList(1, before.size()));
                removed.removeAll(after);
                List<String> added = new ArrayList<>(after.subList(1, after.size()));
                added.removeAll(before);
                removed.forEach(line -> text.append("- ").append(line).append('\n'));
                added.forEach(line -> text.append("+ ").append(line).append('\n'));
            }
        }
        return text.toString();
    }
}
