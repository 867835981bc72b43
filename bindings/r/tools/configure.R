# Run by ./configure: finds the C++ sources (the repository around the package, or the copy a
# source tarball carries) and writes src/Makevars listing them with the flags they need.
source(file.path("tools", "vendor.R"))

target <- file.path("src", "pactgraph")
repo <- Sys.getenv("PACTGRAPH_SOURCE_DIR", "")
if (!nzchar(repo)) repo <- file.path("..", "..")
in_repo <- file.exists(file.path(repo, "include", "pactgraph", "error.hpp")) &&
  file.exists(file.path(repo, "src", "io", "seed_scenario.cpp.in"))
if (in_repo) {
  repo <- normalizePath(repo)
  message("pactgraph: compiling the C++ library from ", repo)
  vendor_sources(repo, target)
} else if (file.exists(file.path(target, "include", "pactgraph", "error.hpp"))) {
  message("pactgraph: compiling the C++ library carried in src/pactgraph")
} else {
  stop("pactgraph: no C++ sources: install from a clone of the repository (R CMD INSTALL bindings/r), ",
       "or from a tarball made by scripts/r-package; PACTGRAPH_SOURCE_DIR may name the repository", call. = FALSE)
}

# Graphviz (cgraph and gvc), as src/render/CMakeLists.txt finds it.
pkg_config <- function(what) {
  out <- suppressWarnings(system2("pkg-config", c(what, "libcgraph", "libgvc"), stdout = TRUE, stderr = FALSE))
  status <- attr(out, "status")
  if (!is.null(status) && status != 0) return(NULL)
  paste(out, collapse = " ")
}
graphviz_cflags <- pkg_config("--cflags")
graphviz_libs <- pkg_config("--libs")
if (is.null(graphviz_cflags) || is.null(graphviz_libs))
  stop("pactgraph: Graphviz not found through pkg-config (libcgraph, libgvc); on Debian: apt-get install libgraphviz-dev pkg-config",
       call. = FALSE)

# The data folder data_dir() falls back on, as CMake's PACTGRAPH_DATA_DIR: the environment's, else
# the default the top-level CMakeLists.txt sets (read from it, so the two cannot drift apart).
cmake_data_dir <- function(repo) {
  cmake <- readLines(file.path(repo, "CMakeLists.txt"))
  line <- grep("^set\\(PACTGRAPH_DATA_DIR \"", cmake, value = TRUE)[1]
  if (is.na(line)) return("")
  default <- sub("^set\\(PACTGRAPH_DATA_DIR \"([^\"]*)\".*$", "\\1", line)
  normalizePath(sub("${PROJECT_SOURCE_DIR}", repo, default, fixed = TRUE), mustWork = FALSE)
}
data_dir <- Sys.getenv("PACTGRAPH_DATA_DIR", "")
if (!nzchar(data_dir) && in_repo) data_dir <- cmake_data_dir(repo)
if (grepl("['\"\\\\$]", data_dir)) {
  message("pactgraph: PACTGRAPH_DATA_DIR has quotes, a backslash or a dollar; no default data folder compiled in")
  data_dir <- ""
}

glue <- list.files("src", pattern = "\\.cpp$")
library_sources <- list.files(file.path(target, "src"), pattern = "\\.cpp$", recursive = TRUE)
objects <- c(sub("\\.cpp$", ".o", glue), file.path("pactgraph", "src", sub("\\.cpp$", ".o", library_sources)))

makevars <- c(
  "# Written by configure (tools/configure.R); edit tools/configure.R instead.",
  "CXX_STD = CXX20",
  paste("PKG_CPPFLAGS = -Ipactgraph/include -Ipactgraph/generated", graphviz_cflags,
        paste0("'-DPACTGRAPH_DEFAULT_DATA_DIR=\"", data_dir, "\"'")),
  paste("PKG_LIBS =", graphviz_libs),
  paste("OBJECTS =", paste(objects, collapse = " \\\n  "))
)
writeLines(makevars, file.path("src", "Makevars"))
