#!/bin/sh
# Builds dyad-text's English word list (used to decide line-end hyphenation and to prove OCR
# corrections) from SCOWL as packaged by Debian (apt-get install wamerican).
# Keeps lower-case alphabetic words of 2+ letters, drops possessives; writes it gzipped with the
# SCOWL copyright notice, which its licence requires to travel with the list.
set -eu
src=/usr/share/dict/american-english
out=dyad-text/src/main/resources/org/dyad/text/lexicon/english-words.txt.gz
{
  echo "# English words: SCOWL (Spell Checker Oriented Word Lists) as packaged by Debian wamerican 2020.12.07"
  echo "# Lower-case alphabetic entries only; built by tools/text/build_lexicon.sh."
  echo "# Copyright 2000-2011 by Kevin Atkinson. Permission to use, copy, modify, distribute and sell these word"
  echo "# lists, the associated scripts, the output created from the scripts, and its documentation for any purpose"
  echo "# is hereby granted without fee, provided that the above copyright notice appears in all copies and that both"
  echo "# that copyright notice and this permission notice appear in supporting documentation. Kevin Atkinson makes"
  echo "# no representations about the suitability of this array for any purpose. It is provided \"as is\" without"
  echo "# express or implied warranty."
  LC_ALL=C grep -E '^[a-z]{2,}$' "$src" | LC_ALL=C sort -u
} | gzip -9n > "$out"
echo "wrote $out ($(zcat "$out" | grep -vc '^#') words)"
