package jp.salonkarte.consent;

/** A store's consent template with its newest version; archived templates cannot be handed to customers. */
public record ConsentTemplate(long id, long storeId, boolean active, ConsentTemplateVersion latest) {

    public String title() {
        return latest.title();
    }
}
