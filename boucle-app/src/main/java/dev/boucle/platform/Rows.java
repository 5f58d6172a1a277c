package dev.boucle.platform;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * A result row as a map for the data-subject export: column names in camelCase, instants for
 * timestamps, JSON columns parsed, arrays as lists. The export shows what the tables hold, so each
 * module selects its columns and this renders them alike.
 */
public final class Rows {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Rows() {}

    public static Map<String, Object> of(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            Object value = rs.getObject(i);
            String type = meta.getColumnTypeName(i);
            if (value instanceof Timestamp t) value = t.toInstant();
            else if (value instanceof Array a) value = Arrays.asList((Object[]) a.getArray());
            else if (value != null && ("jsonb".equals(type) || "json".equals(type))) value = JSON.readValue(value.toString(), Object.class);
            else if (value instanceof byte[]) value = "(" + ((byte[]) value).length + " bytes)";
            row.put(camel(meta.getColumnLabel(i)), value);
        }
        return row;
    }

    static String camel(String column) {
        StringBuilder b = new StringBuilder(column.length());
        boolean up = false;
        for (char c : column.toCharArray()) {
            if (c == '_') up = true;
            else {
                b.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return b.toString();
    }
}
