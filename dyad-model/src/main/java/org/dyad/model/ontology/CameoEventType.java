package org.dyad.model.ontology;

import org.dyad.model.CameoCode;
import org.dyad.model.QuadClass;

/**
 * One CAMEO event code with its names, Goldstein weights (GDELT's and ICEWS's; equal where the
 * tables agree), quad class and PLOVER mapping.
 *
 * @param level 0 for a root (two digits), 1 for three digits, 2 for four
 * @param ploverEvent one of PLOVER's 16 types, or NONE where PLOVER codes no event (neutral statements)
 */
public record CameoEventType(CameoCode code, int level, QuadClass quadClass, String name, String icewsName,
                             double goldsteinGdelt, double goldsteinIcews, String goldsteinSource,
                             String ploverEvent, String ploverMode, String ploverContext, String ploverSource) {

    public String root() {
        return code.root();
    }

    public double goldstein(GoldsteinScale scale) {
        return scale == GoldsteinScale.ICEWS ? goldsteinIcews : goldsteinGdelt;
    }
}
