# Copies the C++ library's headers and sources from a pactgraph repository into src/pactgraph,
# and generates the two files CMake would configure (the version header and the seed scenario
# source). Used by configure when the package sits in a clone, and by scripts/r-package to make a
# tarball that builds without the repository. Files are rewritten only when their text changed, so
# make recompiles only what changed.

# Every library folder under src/ but the command's, so a new folder of the library needs no edit here.
library_folders <- function(repo) setdiff(list.dirs(file.path(repo, "src"), full.names = FALSE, recursive = FALSE), "cli")

write_if_changed <- function(text, path) {
  if (file.exists(path) && identical(readChar(path, file.size(path), useBytes = TRUE), text)) return(invisible(FALSE))
  dir.create(dirname(path), recursive = TRUE, showWarnings = FALSE)
  con <- file(path, "wb")
  on.exit(close(con))
  writeChar(text, con, eos = NULL, useBytes = TRUE)
  invisible(TRUE)
}

read_text <- function(path) readChar(path, file.size(path), useBytes = TRUE)

# `template` with each @NAME@ replaced literally by its value (as CMake's configure_file @ONLY).
configure_template <- function(template, values) {
  for (name in names(values)) {
    parts <- strsplit(template, paste0("@", name, "@"), fixed = TRUE)[[1]]
    if (length(parts) < 2) stop("template has no @", name, "@")
    template <- paste(parts, collapse = values[[name]])
  }
  template
}

project_version <- function(repo) {
  cmake <- read_text(file.path(repo, "CMakeLists.txt"))
  found <- regmatches(cmake, regexec("project\\(pactgraph VERSION ([0-9]+)\\.([0-9]+)\\.([0-9]+)", cmake))[[1]]
  if (length(found) != 4) stop("cannot find project(pactgraph VERSION x.y.z) in ", file.path(repo, "CMakeLists.txt"))
  found[2:4]
}

vendor_sources <- function(repo, target) {
  wanted <- character()
  take <- function(from, to) {
    write_if_changed(read_text(from), to)
    wanted <<- c(wanted, normalizePath(to))
  }
  headers <- list.files(file.path(repo, "include"), pattern = "\\.hpp$", recursive = TRUE)
  for (h in headers) take(file.path(repo, "include", h), file.path(target, "include", h))
  for (lib in library_folders(repo)) {
    dir <- file.path(repo, "src", lib)
    if (!dir.exists(dir)) next
    for (f in list.files(dir, pattern = "\\.(cpp|hpp)$")) take(file.path(dir, f), file.path(target, "src", lib, f))
  }

  v <- project_version(repo)
  version_hpp <- configure_template(read_text(file.path(repo, "cmake", "version.hpp.in")),
                                    list(PROJECT_VERSION_MAJOR = v[1], PROJECT_VERSION_MINOR = v[2],
                                         PROJECT_VERSION_PATCH = v[3], PROJECT_VERSION = paste(v, collapse = ".")))
  to <- file.path(target, "generated", "pactgraph", "version.hpp")
  write_if_changed(version_hpp, to)
  wanted <- c(wanted, normalizePath(to))

  # As src/io/CMakeLists.txt does: the seed dataset's JSON inside a raw string literal.
  seed <- configure_template(read_text(file.path(repo, "src", "io", "seed_scenario.cpp.in")),
                             list(PACTGRAPH_SEED_JSON = read_text(file.path(repo, "examples", "data", "central_asia_2007.json"))))
  to <- file.path(target, "src", "io", "seed_scenario.cpp")
  write_if_changed(seed, to)
  wanted <- c(wanted, normalizePath(to))

  # As src/render/CMakeLists.txt does: the atlas page's HTML, styles and script as raw string literals.
  atlas_in <- file.path(repo, "src", "render", "atlas_page_text.cpp.in")
  if (file.exists(atlas_in)) {
    page <- file.path(repo, "src", "render", "atlas")
    text <- configure_template(read_text(atlas_in),
                               list(ATLAS_PAGE_HTML = read_text(file.path(page, "page.html")),
                                    ATLAS_PAGE_CSS = read_text(file.path(page, "atlas.css")),
                                    ATLAS_PAGE_JS = read_text(file.path(page, "atlas.js"))))
    to <- file.path(target, "src", "render", "atlas_page_text.cpp")
    write_if_changed(text, to)
    wanted <- c(wanted, normalizePath(to))
  }

  # Sources the repository no longer has (a renamed file) must not be compiled; objects stay.
  present <- normalizePath(list.files(target, pattern = "\\.(cpp|hpp)$", recursive = TRUE, full.names = TRUE))
  unlink(setdiff(present, wanted))
  invisible(wanted)
}
