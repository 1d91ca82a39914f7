// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.court;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CourtTest {

    @ParameterizedTest
    @CsvSource({
        "包头市九原区人民法院, 九原区法院",
        "鄂尔多斯市康巴什区人民法院, 康巴什区法院",
        "新巴尔虎右旗人民法院, 新巴尔虎右旗法院",
        "满洲里市人民法院, 满洲里市法院",
        "包头市中级人民法院, 包头市中院",
        "内蒙古自治区高级人民法院, 内蒙古自治区高院",
        "呼和浩特铁路运输法院, 呼和浩特铁路运输法院",
    })
    void shortNamesAreTheOnesPeopleSay(String name, String shortName) {
        assertEquals(shortName, Court.shortName(name));
    }
}
