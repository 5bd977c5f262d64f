# Installs what makes Faultless a desktop application beside its two programs (app/CMakeLists.txt
# installs those): launcher entry, AppStream metainfo, icons, the review MIME type, man pages and
# bash completion. Everything the programs read at run time (demo data, lexicons, briefing
# styles, translations, the window icon) is compiled into them as Qt resources (model/ and
# resources/), so nothing is read from the source or build tree once installed.
include(GNUInstallDirs)

set(FAULTLESS_APP_ID io.github.faultless.Faultless)
set(FAULTLESS_DESKTOP_DIR ${PROJECT_SOURCE_DIR}/resources/desktop)

install(FILES ${FAULTLESS_DESKTOP_DIR}/${FAULTLESS_APP_ID}.desktop
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${FAULTLESS_DESKTOP_DIR}/${FAULTLESS_APP_ID}.metainfo.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${FAULTLESS_DESKTOP_DIR}/${FAULTLESS_APP_ID}.mime.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages
    RENAME ${FAULTLESS_APP_ID}.xml)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/resources/icons/hicolor
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons)
# Man pages gzip-compressed, as Debian's policy has them: done when configuring, and again
# whenever a page changes (CMAKE_CONFIGURE_DEPENDS); -n keeps the name and time out, so the
# result depends on the page alone.
find_program(FAULTLESS_GZIP gzip REQUIRED)
foreach(page faultless.1 faultless-cli.1)
    set(source ${PROJECT_SOURCE_DIR}/docs/man/${page})
    set(compressed ${PROJECT_BINARY_DIR}/man/${page}.gz)
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${source})
    file(MAKE_DIRECTORY ${PROJECT_BINARY_DIR}/man)
    execute_process(COMMAND ${FAULTLESS_GZIP} -9 -n -c ${source} OUTPUT_FILE ${compressed} RESULT_VARIABLE gzipResult)
    if(NOT gzipResult EQUAL 0)
        message(FATAL_ERROR "gzip could not compress ${source}: ${gzipResult}")
    endif()
    install(FILES ${compressed} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endforeach()

# bash-completion's own pkg-config file says where completions go (/usr/share/...); it is made
# relative to its prefix so that a staging or /usr/local install stays inside its own prefix.
set(FAULTLESS_BASH_COMPLETION_DIR ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)
find_package(PkgConfig QUIET)
if(PKG_CONFIG_FOUND)
    pkg_get_variable(BASH_COMPLETION_COMPLETIONSDIR bash-completion completionsdir)
    pkg_get_variable(BASH_COMPLETION_PREFIX bash-completion prefix)
    if(BASH_COMPLETION_COMPLETIONSDIR AND BASH_COMPLETION_PREFIX
       AND BASH_COMPLETION_COMPLETIONSDIR MATCHES "^${BASH_COMPLETION_PREFIX}/")
        file(RELATIVE_PATH FAULTLESS_BASH_COMPLETION_DIR ${BASH_COMPLETION_PREFIX} ${BASH_COMPLETION_COMPLETIONSDIR})
    endif()
endif()
install(FILES ${FAULTLESS_DESKTOP_DIR}/faultless-cli.bash-completion
    DESTINATION ${FAULTLESS_BASH_COMPLETION_DIR}
    RENAME faultless-cli)
