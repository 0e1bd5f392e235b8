@echo off
rem Attest's command line from an unpacked product archive: attest --help, attest init DIR, ...
rem   attest --workbench [ARGS]   opens the workbench instead (what attest.cmd beside bin\ does)
rem Java: JAVA_HOME when set, else the java on PATH; the version it needs is eclipse.ini's -Dosgi.requiredJavaVersion.
rem ATTEST_HOME is where Attest keeps its own state (default %USERPROFILE%\.attest); ATTEST_JAVA_OPTS adds Java options.
setlocal EnableDelayedExpansion
for %%I in ("%~dp0..") do set "INSTALL=%%~fI"
set "INI=%INSTALL%\eclipse.ini"
if not exist "%INI%" (
  echo attest: !INI! is missing: this script belongs in the bin folder of an unpacked Attest archive. 1>&2
  echo   Unpack the archive again and run bin\attest.cmd from the folder it creates. 1>&2
  exit /b 2
)
set NEED=21
for /f "tokens=2 delims==" %%V in ('findstr /b /c:"-Dosgi.requiredJavaVersion=" "%INI%"') do set "NEED=%%V"

set "JAVA="
if defined JAVA_HOME (
  set "JAVA=%JAVA_HOME%\bin\java.exe"
  if not exist "!JAVA!" (
    echo attest: JAVA_HOME is !JAVA_HOME!, but !JAVA! does not exist; Attest needs Java !NEED! or newer. 1>&2
    echo   Point JAVA_HOME at a Java !NEED!+ installation, or unset it to use the java on PATH. 1>&2
    exit /b 2
  )
) else (
  for /f "delims=" %%J in ('where java 2^>nul') do if not defined JAVA set "JAVA=%%J"
)
if not defined JAVA (
  echo attest: no Java found: Attest needs Java !NEED! or newer, and neither JAVA_HOME nor PATH leads to one. 1>&2
  echo   Install a Java !NEED!+ runtime ^(Temurin or OpenJDK !NEED!, for example^), then set JAVA_HOME to its folder. 1>&2
  exit /b 2
)
set "MAJOR="
for /f "tokens=2 delims==" %%V in ('call "!JAVA!" -XshowSettings:properties -version 2^>^&1 ^| findstr /c:"java.specification.version"') do set "MAJOR=%%V"
if defined MAJOR set "MAJOR=!MAJOR: =!"
if not defined MAJOR set MAJOR=0
if !MAJOR! LSS %NEED% (
  echo attest: the Java at !JAVA! is too old; Attest needs Java !NEED! or newer. 1>&2
  echo   Install a Java !NEED!+ runtime and set JAVA_HOME to its folder. 1>&2
  exit /b 2
)

set "LAUNCHER="
for %%L in ("%INSTALL%\plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~fL"
if not defined LAUNCHER (
  echo attest: !INSTALL!\plugins holds no org.eclipse.equinox.launcher jar: the installation is incomplete. 1>&2
  exit /b 2
)
if not defined ATTEST_HOME set "ATTEST_HOME=%USERPROFILE%\.attest"
if not exist "%ATTEST_HOME%" mkdir "%ATTEST_HOME%"

rem the Java options: eclipse.ini's lines after -vmargs, then ATTEST_JAVA_OPTS
set "VMARGS="
set "AFTER="
for /f "usebackq delims=" %%A in ("%INI%") do (
  if defined AFTER (set "VMARGS=!VMARGS! %%A") else if "%%A"=="-vmargs" set AFTER=1
)
set "ARGS=%*"
if "%~1"=="--workbench" (
  set "ARGS=!ARGS:*--workbench=!"
  if not exist "%ATTEST_HOME%\workspace" mkdir "%ATTEST_HOME%\workspace"
  "!JAVA!" !VMARGS! %ATTEST_JAVA_OPTS% "-Dattest.home=%ATTEST_HOME%" -jar "!LAUNCHER!" -install "%INSTALL%" -data "%ATTEST_HOME%\workspace" !ARGS!
) else (
  "!JAVA!" !VMARGS! %ATTEST_JAVA_OPTS% "-Dattest.home=%ATTEST_HOME%" -jar "!LAUNCHER!" -install "%INSTALL%" -nosplash -application org.attest.cli.attest -data @noDefault !ARGS!
)
exit /b !ERRORLEVEL!
