package org.dyad.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.Consumer;
import org.dyad.model.Event;
import org.dyad.model.json.EventJson;
import org.dyad.model.ontology.CameoOntology;
import org.dyad.model.ontology.Ontology;

/** Prints events as an aligned table, CSV or JSON Lines, one at a time (streaming). */
final class EventPrinter implements Consumer<Event> {
    enum Format { TABLE, CSV, JSONL }

    private final PrintWriter out;
    private final Format format;
    private final CameoOntology cameo = Ontology.standard().cameo();
    private long printed;

    EventPrinter(PrintWriter out, Format format) {
        this.out = out;
        this.format = format;
        if (format == Format.TABLE) {
            out.printf("%-23s %-10s %-10s %-5s %-38s %6s %-8s %s%n", "date", "source", "target", "code", "type",
                    "gold.", "origin", "id");
        } else if (format == Format.CSV) {
            out.println("id,date,date_end,precision,source,target,source_country,target_country,source_name,"
                    + "target_name,code,quad_class,goldstein,modality,origin,origin_ref,doc,char_start,char_end,quote");
        }
    }

    @Override
    public void accept(Event e) {
        printed++;
        switch (format) {
            case JSONL:
                out.println(EventJson.write(e));
                break;
            case CSV:
                out.println(String.join(",", csv(e.id()), csv(e.date() == null ? null : e.date().isoStart()),
                        csv(e.date() == null ? null : e.date().isoEnd()),
                        csv(e.date() == null ? null : e.date().precision().id()), csv(str(e.source())),
                        csv(str(e.target())), csv(e.sourceCountry()), csv(e.targetCountry()), csv(e.sourceName()),
                        csv(e.targetName()), csv(str(e.code())), csv(e.quadClass() == null ? null
                                : Integer.toString(e.quadClass().number())),
                        csv(e.goldstein() == null ? null : e.goldstein().toString()), csv(e.modality().id()),
                        csv(e.origin().id()), csv(e.originRef()), csv(e.provenance().doc()),
                        csv(str(e.provenance().charStart())), csv(str(e.provenance().charEnd())),
                        csv(e.provenance().quote())));
                break;
            default:
                String type = e.code() == null ? "(context)" : cameo.find(e.code().code()).map(t -> t.name()).orElse("");
                if (!e.modality().id().equals("asserted")) {
                    type = type + " [" + e.modality().id() + "]";
                }
                out.printf(Locale.ROOT, "%-23s %-10s %-10s %-5s %-38s %6s %-8s %s%n",
                        e.date() == null ? "" : e.date().toString(), nz(str(e.source())), nz(str(e.target())),
                        nz(str(e.code())), cut(type, 38), e.goldstein() == null ? "" : String.format(Locale.ROOT, "%+.1f",
                                e.goldstein()), e.origin().id(), e.id());
        }
    }

    long printed() {
        return printed;
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    private static String nz(String s) {
        return s == null ? "—" : s;
    }

    private static String cut(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }

    /** RFC 4180 quoting. */
    static String csv(String s) {
        if (s == null) {
            return "";
        }
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
