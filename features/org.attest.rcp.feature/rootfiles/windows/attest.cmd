@echo off
rem Opens the Attest workbench: the launcher of an unpacked Attest archive (bin\attest.cmd is the command line).
call "%~dp0bin\attest.cmd" --workbench %*
