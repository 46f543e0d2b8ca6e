# Warnings for the project's own code (generated code is compiled without them).
function(croupier_warnings target)
    target_compile_options(${target} PRIVATE
        $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic -Wno-missing-field-initializers>)
endfunction()

# Qt targets only: moc/uic/rcc on, the project warnings, and no Qt keywords that clash with
# other libraries (signals/slots/emit as Q_SIGNALS/Q_SLOTS/Q_EMIT are fine either way).
function(croupier_qt_target target)
    set_target_properties(${target} PROPERTIES AUTOMOC ON AUTOUIC ON AUTORCC ON)
    croupier_warnings(${target})
endfunction()
