package org.outreachtracker.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who the simulated users are: the generated managers, and desk officers with their desk
 * countries, plus the active campaigns they log meetings for. Read from the database before the
 * server opens it (H2 allows one process per file).
 */
record BenchPeople(List<String> managers, List<Officer> officers, List<Long> activeCampaigns) {

    record Officer(String username, List<String> deskCountryCodes) {}

    static BenchPeople read(String jdbcUrl, String user, String password) throws SQLException {
        try (Connection db = DriverManager.getConnection(jdbcUrl, user, password);
                Statement statement = db.createStatement()) {
            List<String> managers = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("""
                    select u.username from app_user u join app_user_role r on r.user_id = u.id
                    where r.role = 'MANAGER' and u.enabled and not u.locked and not u.password_change_required
                      and u.username like 'bench-%' order by u.id""")) {
                while (rs.next()) {
                    managers.add(rs.getString(1));
                }
            }
            Map<String, List<String>> desks = new LinkedHashMap<>();
            try (ResultSet rs = statement.executeQuery("""
                    select u.username, c.code from app_user u
                    join app_user_role r on r.user_id = u.id and r.role = 'DESK_OFFICER'
                    join app_user_desk d on d.user_id = u.id join country c on c.id = d.country_id
                    where u.enabled and not u.locked and not u.password_change_required
                      and u.username like 'bench-officer-%'
                      and not exists (select 1 from app_user_role m where m.user_id = u.id and m.role = 'MANAGER')
                    order by u.id, c.code""")) {
                while (rs.next()) {
                    desks.computeIfAbsent(rs.getString(1), name -> new ArrayList<>())
                            .add(rs.getString(2).trim());
                }
            }
            List<Long> active = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery(
                    "select id from campaign where status = 'ACTIVE' order by issue_date desc, id desc")) {
                while (rs.next()) {
                    active.add(rs.getLong(1));
                }
            }
            List<Officer> officers = desks.entrySet().stream()
                    .map(entry -> new Officer(entry.getKey(), List.copyOf(entry.getValue())))
                    .toList();
            if (managers.isEmpty() || officers.isEmpty() || active.isEmpty()) {
                throw new IllegalStateException("The data set needs managers, desk officers and an active campaign"
                        + " (found " + managers.size() + ", " + officers.size() + ", " + active.size() + ")");
            }
            return new BenchPeople(List.copyOf(managers), officers, List.copyOf(active));
        }
    }
}
