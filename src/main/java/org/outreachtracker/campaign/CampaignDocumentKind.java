package org.outreachtracker.campaign;

/** The kinds of document a campaign keeps for its posts. */
public enum CampaignDocumentKind {
    INSTRUCTION("Instruction"),
    NON_PAPER("Non-paper"),
    AIDE_MEMOIRE("Aide-mémoire"),
    OTHER("Other");

    private final String label;

    CampaignDocumentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
