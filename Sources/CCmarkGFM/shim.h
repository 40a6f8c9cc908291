// The cmark-gfm parser and its GitHub extensions (table, strikethrough, autolink, tagfilter).
#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>
