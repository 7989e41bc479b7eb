package org.dyad.data.format;

/**
 * The standard header rows of the formats that have one, tab-separated, as in
 * {@code datasets/schemas/*.header.tsv}: what readers assume when a file comes without its header,
 * and what synthetic files are written with.
 */
public final class Headers {
    public static final String ICEWS = "Event ID\tEvent Date\tSource Name\tSource Sectors\tSource Country"
            + "\tEvent Text\tCAMEO Code\tIntensity\tTarget Name\tTarget Sectors\tTarget Country\tStory ID"
            + "\tSentence Number\tPublisher\tCity\tDistrict\tProvince\tCountry\tLatitude\tLongitude";
    public static final String POLECAT = "Event ID\tEvent Date\tEvent Type\tEvent Mode\tIntensity\tQuad Code"
            + "\tContexts\tActor Name\tActor Country\tActor COW\tPrimary Actor Sector\tActor Sectors\tActor Title"
            + "\tActor Name Raw\tWikipedia Actor ID\tRecipient Name\tRecipient Country\tRecipient COW"
            + "\tPrimary Recipient Sector\tRecipient Sectors\tRecipient Title\tRecipient Name Raw"
            + "\tWikipedia Recipient ID\tPlacename\tCity\tDistrict\tProvince\tCountry\tLatitude\tLongitude"
            + "\tGeoNames ID\tRaw Placename\tFeature Type\tSource\tPublication Date\tStory People"
            + "\tStory Organizations\tStory Locations\tLanguage\tVersion";
    public static final String PHOENIX_OEDA = "EventID\tDate\tYear\tMonth\tDay\tSourceActorFull\tSourceActorEntity"
            + "\tSourceActorRole\tSourceActorAttribute\tTargetActorFull\tTargetActorEntity\tTargetActorRole"
            + "\tTargetActorAttribute\tEventCode\tEventRootCode\tQuadClass\tGoldsteinScore\tIssues\tLat\tLon"
            + "\tLocationName\tStateName\tCountryCode\tSentenceID\tURLs\tNewsSources";
    public static final String PHOENIX_CLINE = "eid\tstory_date\tyear\tmonth\tday\tsource\tsource_root\tsource_agent"
            + "\tsource_others\ttarget\ttarget_root\ttarget_agent\ttarget_others\tcode\troot_code\tquad_class"
            + "\tgoldstein\tjoined_issues\tlat\tlon\tplacename\tstatename\tcountryname\taid\tprocess";

    private Headers() {
    }

    /** A header as fields, for readers that locate columns by name. */
    static org.dyad.data.io.Fields fields(String header) {
        byte[] b = header.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        return new org.dyad.data.io.Fields((byte) '\t').reset(b, 0, b.length);
    }
}
