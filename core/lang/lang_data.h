// The JSON files of core/lang/<code>/<section>.json, embedded by the build
// (cmake/EmbedLangData.cmake generates the definitions).
#pragma once

#include <cstddef>
#include <string_view>

namespace dixit::lang_data {

struct File {
  const char* lang;
  const char* section;
  const unsigned char* data;
  size_t size;
};

extern const File files[];
extern const size_t file_count;

// Lexicon images (lang/image.h) of the languages above, in builds that make
// them: the wasm module embeds those of tools/lexicon_image.cpp. Other builds
// have none and build their lexicons from the files.
struct Image {
  const char* lang;
  const unsigned char* data;
  size_t size;
};
// Called by the embedded images' own source, before main.
bool add_images(const Image* images, size_t count);
const Image* image_for(std::string_view lang);

}  // namespace dixit::lang_data
