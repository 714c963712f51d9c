# Writes the "text" field of a gold annotation file as a plain text file.
# cmake -DGOLD=<file.gold.json> -DOUT=<file.txt> -P sample.cmake
file(READ "${GOLD}" json)
string(JSON text GET "${json}" text)
get_filename_component(dir "${OUT}" DIRECTORY)
file(MAKE_DIRECTORY "${dir}")
file(WRITE "${OUT}" "${text}")
