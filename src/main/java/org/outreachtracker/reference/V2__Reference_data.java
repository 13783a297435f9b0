package org.outreachtracker.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Loads the regional bureaus, countries and posts from the data files in
 * {@code src/main/resources/db/data} (see the README there). Its checksum covers those files, so
 * Flyway refuses to start if they were edited after the migration ran: corrections go into a
 * new migration.
 */
@Component
class V2__Reference_data extends BaseJavaMigration {

    static final String REGIONS = "db/data/regions.csv";
    static final String COUNTRIES = "db/data/countries.csv";
    static final String POSTS = "db/data/posts.csv";
    private static final String AUTHOR = "reference-data";
    private static final CSVFormat CSV = CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setTrim(true)
            .get();

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        Map<String, Long> regionIds = insertRegions(connection);
        Map<String, Long> countryIds = insertCountries(connection, regionIds);
        insertPosts(connection, countryIds);
    }

    @Override
    public Integer getChecksum() {
        var crc = new CRC32();
        for (String file : List.of(REGIONS, COUNTRIES, POSTS)) {
            try (InputStream in = open(file)) {
                crc.update(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return (int) crc.getValue();
    }

    private static Map<String, Long> insertRegions(Connection connection) throws SQLException {
        String sql = "insert into region (code, name, sort_order, created_at, created_by, updated_at, updated_by)"
                + " values (?, ?, ?, current_timestamp, ?, current_timestamp, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (CSVRecord row : read(REGIONS)) {
                insert.setString(1, row.get("code"));
                insert.setString(2, row.get("name"));
                insert.setInt(3, Integer.parseInt(row.get("sort_order")));
                insert.setString(4, AUTHOR);
                insert.setString(5, AUTHOR);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return ids(connection, "select code, id from region");
    }

    private static Map<String, Long> insertCountries(Connection connection, Map<String, Long> regionIds)
            throws SQLException {
        String sql = "insert into country (code, alpha3, numeric_code, name, region_id, un_status,"
                + " created_at, created_by, updated_at, updated_by)"
                + " values (?, ?, ?, ?, ?, ?, current_timestamp, ?, current_timestamp, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (CSVRecord row : read(COUNTRIES)) {
                insert.setString(1, row.get("alpha2"));
                insert.setString(2, row.get("alpha3"));
                String numeric = row.get("numeric");
                insert.setString(3, numeric.isEmpty() ? null : numeric);
                insert.setString(4, row.get("name"));
                insert.setLong(5, require(regionIds, row.get("bureau"), row));
                insert.setString(6, row.get("un_status"));
                insert.setString(7, AUTHOR);
                insert.setString(8, AUTHOR);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return ids(connection, "select code, id from country");
    }

    private static void insertPosts(Connection connection, Map<String, Long> countryIds) throws SQLException {
        List<CSVRecord> rows = read(POSTS);
        String sql = "insert into post (code, name, post_type, city, host_country_id, active,"
                + " created_at, created_by, updated_at, updated_by)"
                + " values (?, ?, ?, ?, ?, true, current_timestamp, ?, current_timestamp, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (CSVRecord row : rows) {
                insert.setString(1, row.get("code"));
                insert.setString(2, row.get("name"));
                insert.setString(3, row.get("type"));
                insert.setString(4, row.get("city"));
                insert.setLong(5, require(countryIds, row.get("host_country"), row));
                insert.setString(6, AUTHOR);
                insert.setString(7, AUTHOR);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        Map<String, Long> postIds = ids(connection, "select code, id from post");
        try (PreparedStatement insert =
                connection.prepareStatement("insert into post_country (post_id, country_id) values (?, ?)")) {
            for (CSVRecord row : rows) {
                for (String code : row.get("covers").split(" +")) {
                    insert.setLong(1, postIds.get(row.get("code")));
                    insert.setLong(2, require(countryIds, code, row));
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private static long require(Map<String, Long> ids, String code, CSVRecord row) {
        Long id = ids.get(code);
        if (id == null) {
            throw new IllegalStateException(
                    "Unknown code '" + code + "' in reference data line " + row.getRecordNumber() + ": " + row);
        }
        return id;
    }

    private static Map<String, Long> ids(Connection connection, String sql) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(sql);
                ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                ids.put(rs.getString(1).trim(), rs.getLong(2));
            }
        }
        return ids;
    }

    private static List<CSVRecord> read(String file) {
        try (Reader reader = new InputStreamReader(open(file), StandardCharsets.UTF_8)) {
            return CSV.parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static InputStream open(String file) {
        InputStream in = V2__Reference_data.class.getClassLoader().getResourceAsStream(file);
        if (in == null) {
            throw new IllegalStateException("Reference data file missing from the classpath: " + file);
        }
        return in;
    }
}
