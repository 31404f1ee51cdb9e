$version: "2.0"

namespace com.amazonaws.lightsail

// The export snapshot record and the shapes only it uses. Shapes that the wider Lightsail API
// shares (locations, resource types, names, the lower-case simple types) are in common.smithy.

/// <p>A list of export snapshot records.</p>
list ExportSnapshotRecordList {
    member: ExportSnapshotRecord
}

/// <p>Describes an export snapshot record.</p>
structure ExportSnapshotRecord {
    /// <p>The export snapshot record name.</p>
    name: ResourceName

    /// <p>The Amazon Resource Name (ARN) of the export snapshot record.</p>
    arn: NonEmptyString

    /// <p>The date when the export snapshot record was created.</p>
    createdAt: IsoDate

    /// <p>The AWS Region and Availability Zone where the export snapshot record is located.</p>
    location: ResourceLocation

    /// <p>The Lightsail resource type (<code>ExportSnapshotRecord</code>).</p>
    resourceType: ResourceType

    /// <p>The state of the export snapshot record.</p>
    state: RecordState

    /// <p>A list of objects describing the source of the export snapshot record.</p>
    sourceInfo: ExportSnapshotRecordSourceInfo

    /// <p>A list of objects describing the destination of the export snapshot record.</p>
    destinationInfo: DestinationInfo
}

/// <p>The state of a record.</p>
enum RecordState {
    Started = "Started"
    Succeeded = "Succeeded"
    Failed = "Failed"
}

/// <p>Describes the instance or disk snapshot that an export snapshot record was created
/// from.</p>
structure ExportSnapshotRecordSourceInfo {
    /// <p>The Lightsail resource type (<code>InstanceSnapshot</code> or
    /// <code>DiskSnapshot</code>).</p>
    resourceType: ExportSnapshotRecordSourceType

    /// <p>The date when the source instance or disk snapshot was created.</p>
    createdAt: IsoDate

    /// <p>The name of the source instance or disk snapshot.</p>
    name: NonEmptyString

    /// <p>The Amazon Resource Name (ARN) of the source instance or disk snapshot.</p>
    arn: NonEmptyString

    /// <p>The name of the snapshot's source instance or disk.</p>
    fromResourceName: NonEmptyString

    /// <p>The Amazon Resource Name (ARN) of the snapshot's source instance or disk.</p>
    fromResourceArn: NonEmptyString

    /// <p>A list of objects describing an instance snapshot.</p>
    instanceSnapshotInfo: InstanceSnapshotInfo

    /// <p>A list of objects describing a disk snapshot.</p>
    diskSnapshotInfo: DiskSnapshotInfo
}

/// <p>The kind of snapshot an export snapshot record was created from.</p>
enum ExportSnapshotRecordSourceType {
    InstanceSnapshot = "InstanceSnapshot"
    DiskSnapshot = "DiskSnapshot"
}

/// <p>Describes the instance snapshot that an export snapshot record was created from.</p>
structure InstanceSnapshotInfo {
    /// <p>The bundle ID from which the source instance was created (<code>micro_x_x</code>).</p>
    fromBundleId: NonEmptyString

    /// <p>The blueprint ID from which the source instance (<code>amazon_linux_2023</code>).</p>
    fromBlueprintId: NonEmptyString

    /// <p>A list of objects describing the disks that were attached to the source instance.</p>
    fromDiskInfo: DiskInfoList
}

/// <p>A list of disk descriptions.</p>
list DiskInfoList {
    member: DiskInfo
}

/// <p>Describes a disk.</p>
structure DiskInfo {
    /// <p>The disk name.</p>
    name: string

    /// <p>The disk path.</p>
    path: NonEmptyString

    /// <p>The size of the disk in GB (<code>32</code>).</p>
    sizeInGb: integer

    /// <p>A Boolean value indicating whether this disk is a system disk (has an operating system
    /// loaded on it).</p>
    isSystemDisk: boolean
}

/// <p>Describes the disk snapshot that an export snapshot record was created from.</p>
structure DiskSnapshotInfo {
    /// <p>The size of the disk in GB (<code>32</code>).</p>
    sizeInGb: integer
}

/// <p>Describes the destination of an export snapshot record.</p>
structure DestinationInfo {
    /// <p>The ID of the resource created at the destination.</p>
    id: NonEmptyString

    /// <p>The destination service of the record.</p>
    service: NonEmptyString
}
