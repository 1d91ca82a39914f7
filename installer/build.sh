#!/usr/bin/env sh
# SPDX-License-Identifier: AGPL-3.0-or-later
# Builds the platform installer: ./installer/build.sh linux (a .deb; needs fakeroot) or windows (an .msi; needs WiX).
set -e
cd "$(dirname "$0")/.."
platform=${1:-linux}
mvn -B -q -DskipTests -Dcheckstyle.skip package
rm -rf target/jpackage-input target/installer
mkdir -p target/jpackage-input
cp target/qiao.jar target/lib/app/*.jar target/jpackage-input/
jpackage @installer/common.args @"installer/$platform.args"
ls -l target/installer
