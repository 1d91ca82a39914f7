// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.cases;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.qiao.domain.TrackedEntity;

/**
 * A worker (申请人). One person may appear in several cases, so workers are shared rather than copied per case.
 * Names are kept as written, including Mongolian names with the middle dot (巴特尔·朝鲁).
 */
@Entity
@Table(name = "worker")
public class Worker extends TrackedEntity {

    @Column(nullable = false, length = 100)
    private String name;

    /** The 18-digit resident ID as entered, or {@code null} when the worker has not given it. */
    @Column(name = "resident_id", length = 18)
    private String residentId;

    @Column(length = 30)
    private String phone;

    @Column(length = 300)
    private String address;

    // Eager: a handful of values per worker, needed wherever a worker is shown or counted.
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "worker_group", joinColumns = @JoinColumn(name = "worker_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "group_code", nullable = false, length = 20)
    private Set<WorkerGroup> groups = new HashSet<>();

    protected Worker() {
        // for JPA
    }

    public Worker(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getResidentId() {
        return residentId;
    }

    public void setResidentId(String residentId) {
        this.residentId = residentId;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    /** The groups this worker belongs to, as a copy. */
    public Set<WorkerGroup> getGroups() {
        return groups.isEmpty() ? EnumSet.noneOf(WorkerGroup.class) : EnumSet.copyOf(groups);
    }

    public void setGroups(Set<WorkerGroup> groups) {
        this.groups.clear();
        this.groups.addAll(groups);
    }

    public void addGroup(WorkerGroup group) {
        groups.add(group);
    }
}
