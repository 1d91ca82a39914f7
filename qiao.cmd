@echo off
rem SPDX-License-Identifier: AGPL-3.0-or-later
rem Starts Qiao from a source checkout on Windows: builds it on first use, then runs it (see README.md).
setlocal
set "HERE=%~dp0"
if not exist "%HERE%target\qiao.jar" (
    echo Building Qiao (first run)... 1>&2
    call mvn -B -q -f "%HERE%pom.xml" -DskipTests -Dcheckstyle.skip package || exit /b 1
)
java %QIAO_JAVA_OPTS% -Dfile.encoding=UTF-8 --module-path "%HERE%target\lib\javafx" --add-modules javafx.controls,javafx.fxml -cp "%HERE%target\qiao.jar;%HERE%target\lib\app\*" org.qiao.app.Main %*
