package jp.salonkarte.consent;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jp.salonkarte.base.Access;
import jp.salonkarte.base.Actor;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Consent templates (同意書テンプレート) and their versions. A save that changes the text adds
 * the next immutable version; a save that changes nothing adds none. There is no way to change or
 * delete a version: signed forms point at the version they showed.
 */
@Service
public class ConsentTemplateService {

    /** Versions with who made each (the staff member's name now; older rows kept the text written then). */
    private static final String VERSIONS = """
            select v.*, coalesce(concat(s.family_name, ' ', s.given_name), v.created_by, '') as created_by_name
            from consent_template_version v left join staff s on s.id = v.created_by_staff_id""";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    ConsentTemplateService(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** Every template of the store, archived ones too, each with its newest version. */
    @Access.Staff
    @Transactional(readOnly = true)
    public List<ConsentTemplate> list(long storeId) {
        return jdbc.sql("select id, store_id, active from consent_template where store_id = ? order by active desc, id")
                .param(storeId).query((java.sql.ResultSet rs, int n) -> new ConsentTemplate(rs.getLong("id"), rs.getLong("store_id"),
                        rs.getBoolean("active"), latest(rs.getLong("id")))).list();
    }

    /** The templates staff may hand to a customer. */
    @Access.Staff
    @Transactional(readOnly = true)
    public List<ConsentTemplate> active(long storeId) {
        return list(storeId).stream().filter(ConsentTemplate::active).toList();
    }

    @Access.Staff
    @Transactional(readOnly = true)
    public Optional<ConsentTemplate> find(long templateId) {
        return jdbc.sql("select id, store_id, active from consent_template where id = ?").param(templateId)
                .query((java.sql.ResultSet rs, int n) -> new ConsentTemplate(rs.getLong("id"), rs.getLong("store_id"),
                        rs.getBoolean("active"), latest(rs.getLong("id")))).optional();
    }

    /** Every version of a template, newest first. */
    @Access.Staff
    @Transactional(readOnly = true)
    public List<ConsentTemplateVersion> versions(long templateId) {
        return jdbc.sql(VERSIONS + " where v.template_id = ? order by v.version_no desc")
                .param(templateId).query(this::readVersion).list();
    }

    @Access.Staff
    @Transactional(readOnly = true)
    public Optional<ConsentTemplateVersion> version(long versionId) {
        return jdbc.sql(VERSIONS + " where v.id = ?").param(versionId).query(this::readVersion)
                .optional();
    }

    /** Creates a template with its first version. */
    @Access.Manager
    @Transactional
    public ConsentTemplate create(long storeId, ConsentTemplateDraft draft) {
        Timestamp now = Timestamp.from(clock.instant());
        long id = insertReturningId("insert into consent_template (store_id, active, created_at, updated_at)"
                + " values (?, true, ?, ?)", storeId, now, now);
        insertVersion(id, 1, draft);
        return find(id).orElseThrow();
    }

    /**
     * Saves the editor's text as the next version, unless it equals the newest one. {@code basedOn}
     * is the version number the editor showed: when someone saved in between, nothing is saved and
     * the editor is told to reload.
     */
    @Access.Manager
    @Transactional
    public ConsentTemplate save(long templateId, int basedOn, ConsentTemplateDraft draft) {
        jdbc.sql("select id from consent_template where id = ? for update").param(templateId).query(Long.class)
                .optional().orElseThrow(() -> new ConsentException("consent.template.error.missing"));
        ConsentTemplateVersion latest = latest(templateId);
        if (latest.versionNo() != basedOn) {
            throw new ConsentException("consent.template.error.changed");
        }
        if (latest.draft().equals(draft)) {
            return find(templateId).orElseThrow();
        }
        try {
            insertVersion(templateId, latest.versionNo() + 1, draft);
        } catch (DuplicateKeyException e) {
            throw new ConsentException("consent.template.error.changed");
        }
        jdbc.sql("update consent_template set updated_at = ?, version = version + 1 where id = ?")
                .params(Timestamp.from(clock.instant()), templateId).update();
        return find(templateId).orElseThrow();
    }

    /** Archives a template (it stays with the forms signed on it) or brings it back. */
    @Access.Manager
    @Transactional
    public void setActive(long templateId, boolean active) {
        jdbc.sql("update consent_template set active = ?, updated_at = ?, version = version + 1 where id = ?")
                .params(active, Timestamp.from(clock.instant()), templateId).update();
    }

    private ConsentTemplateVersion latest(long templateId) {
        return jdbc.sql(VERSIONS + " where v.template_id = ? order by v.version_no desc limit 1")
                .param(templateId).query(this::readVersion).single();
    }

    private void insertVersion(long templateId, int versionNo, ConsentTemplateDraft draft) {
        jdbc.sql("""
                insert into consent_template_version (template_id, version_no, title, body, check_items, questions,
                                                      second_signature_label, created_at, created_by_staff_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(templateId, versionNo, draft.title(), draft.body(), json.writeValueAsString(draft.checkItems()),
                        json.writeValueAsString(draft.questions()), draft.secondSignatureLabel(),
                        Timestamp.from(clock.instant()), Actor.currentStaffId())
                .update();
    }

    private long insertReturningId(String sql, Object... params) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql(sql).params(params).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    private ConsentTemplateVersion readVersion(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new ConsentTemplateVersion(rs.getLong("id"), rs.getLong("template_id"), rs.getInt("version_no"),
                rs.getString("title"), rs.getString("body"),
                json.readValue(rs.getString("check_items"), new TypeReference<List<String>>() { }),
                json.readValue(rs.getString("questions"), new TypeReference<List<ConsentQuestion>>() { }),
                rs.getString("second_signature_label"), rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by_name"));
    }
}
