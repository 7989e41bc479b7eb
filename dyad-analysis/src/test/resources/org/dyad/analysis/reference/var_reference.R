# Reference values for Dyad's VAR, lag selection and Granger tests, computed with R package vars
# (VAR, VARselect, causality) and lmtest::grangertest on the MSBVAR event series in ../shared.
#
#   Rscript var_reference.R <shared>/datasets/samples/msbvar [vars-source-dir] > var_reference.tsv
#
# With vars installed, library(vars) is used. Without it (Debian bookworm has no r-cran-vars, and
# the machine that made the committed output could not reach CRAN), pass a folder holding the
# package's own R files (VAR.R, VARselect.R, causality.R, toMlm.R ...) to be sourced instead.
# Output: one "key<TAB>value" line per figure, values with 15 significant digits.
args <- commandArgs(trailingOnly = TRUE)
dir <- args[1]
if (requireNamespace("vars", quietly = TRUE)) {
  suppressPackageStartupMessages(library(vars))
  cat("#\tengine\tvars", as.character(packageVersion("vars")), "\n", sep = "\t")
} else {
  for (f in list.files(args[2], pattern = "\\.R$", full.names = TRUE)) source(f)
  cat("#\tengine\tvars sources from", args[2], "\n", sep = "\t")
}
suppressPackageStartupMessages(library(lmtest))
cat("#\tR\t", R.version.string, "\tlmtest\t", as.character(packageVersion("lmtest")), "\n", sep = "")
out <- function(key, value) cat(key, "\t", formatC(value, digits = 15, format = "g"), "\n", sep = "")

report <- function(tag, y, orders, lag.max) {
  sel <- VARselect(y, lag.max = lag.max, type = "const")
  for (c in 1:4) for (i in 1:lag.max) out(sprintf("%s.select.%s.%d", tag, c("aic", "hq", "bic", "fpe")[c], i), sel$criteria[c, i])
  for (c in 1:4) out(sprintf("%s.select.%s.order", tag, c("aic", "hq", "bic", "fpe")[c]), sel$selection[c])
  names <- colnames(y)
  for (p in orders) {
    v <- VAR(y, p = p, type = "const")
    for (eq in names) {
      cf <- coef(v$varresult[[eq]])
      for (r in names(cf)) out(sprintf("%s.p%d.coef.%s.%s", tag, p, eq, r), cf[[r]])
    }
    su <- crossprod(resid(v)) / (v$obs - ncol(v$datamat[, -(1:v$K)]))
    for (i in names) for (j in names) out(sprintf("%s.p%d.sigma.%s.%s", tag, p, i, j), su[i, j])
    for (cause in names) {
      g <- causality(v, cause = cause)$Granger
      f <- unname(g$statistic[1, 1]); d1 <- unname(g$parameter[1]); d2 <- unname(g$parameter[2])
      out(sprintf("%s.p%d.granger.%s.F", tag, p, cause), f)
      out(sprintf("%s.p%d.granger.%s.df1", tag, p, cause), d1)
      out(sprintf("%s.p%d.granger.%s.df2", tag, p, cause), d2)
      out(sprintf("%s.p%d.granger.%s.p_1minus", tag, p, cause), unname(g$p.value[1, 1]))
      out(sprintf("%s.p%d.granger.%s.p", tag, p, cause), pf(f, d1, d2, lower.tail = FALSE))
    }
    if (length(names) == 2) {
      for (k in 1:2) {
        x <- names[k]; e <- names[3 - k]
        gt <- grangertest(y[, x], y[, e], order = p)
        out(sprintf("%s.p%d.lmtest.%s.F", tag, p, x), gt$F[2])
        out(sprintf("%s.p%d.lmtest.%s.df2", tag, p, x), gt$Res.Df[1])
        out(sprintf("%s.p%d.lmtest.%s.p", tag, p, x), gt[["Pr(>F)"]][2])
      }
    }
  }
}

w <- read.delim(file.path(dir, "IsraelPalestineConflict_weekly_goldstein_1979-2003.tsv"))
report("weekly", as.matrix(w[, c("i2p", "p2i")]), c(1, 2, 4, 6, 8), 12)
m <- read.delim(file.path(dir, "BCF2008_monthly_I2P_P2I_JPI_1996-2005.tsv"))
report("bcf", as.matrix(m[, c("I2P_mean_goldstein", "P2I_mean_goldstein", "JPI")]), c(1, 3), 6)
