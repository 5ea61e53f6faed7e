# SPDX-License-Identifier: GPL-3.0-or-later
# lookout_set_warnings(target): the warning set every Lookout target builds with.
function(lookout_set_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                           -Wold-style-cast -Wcast-align -Woverloaded-virtual
                                           # designated initialisers name only the fields that differ
                                           -Wno-missing-field-initializers)
  target_compile_definitions(${target} PRIVATE QT_NO_URL_CAST_FROM_STRING QT_USE_QSTRINGBUILDER)
endfunction()
