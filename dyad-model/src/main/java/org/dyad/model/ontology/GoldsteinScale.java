package org.dyad.model.ontology;

/** Which table of Goldstein weights to use: GDELT's (the default) or ICEWS's (they differ on a few codes). */
public enum GoldsteinScale { GDELT, ICEWS }
