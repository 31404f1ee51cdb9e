// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Returns the data points of a specific metric for an Amazon Lightsail bucket.</p>
///          <p>Metrics report the utilization of a bucket. View and collect metric data regularly to
///       monitor the number of objects stored in a bucket (including object versions) and the storage
///       space used by those objects.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/GetBucketMetricData", code: 200)
operation GetBucketMetricData {
    input: GetBucketMetricDataRequest
    output: GetBucketMetricDataResult
    errors: [
        AccessDeniedException
        InvalidInputException
        NotFoundException
        RegionSetupInProgressException
        ServiceException
        UnauthenticatedException
    ]
}

@input
structure GetBucketMetricDataRequest {
    /// <p>The name of the bucket for which to get metric data.</p>
    @required
    bucketName: BucketName

    /// <p>The metric for which you want to return information.</p>
    ///          <p>Valid bucket metric names are listed below, along with the most useful statistics to
    ///       include in your request, and the published unit value.</p>
    ///          <note>
    ///             <p>These bucket metrics are reported once per day.</p>
    ///          </note>
    ///          <ul>
    ///             <li>
    ///                <p>
    ///                   <b>
    ///                      <code>BucketSizeBytes</code>
    ///                   </b> - The amount of data in
    ///           bytes stored in a bucket. This value is calculated by summing the size of all objects in
    ///           the bucket (including object versions), including the size of all parts for all incomplete
    ///           multipart uploads to the bucket.</p>
    ///                <p>Statistics: The most useful statistic is <code>Maximum</code>.</p>
    ///                <p>Unit: The published unit is <code>Bytes</code>.</p>
    ///             </li>
    ///             <li>
    ///                <p>
    ///                   <b>
    ///                      <code>NumberOfObjects</code>
    ///                   </b> - The total number of
    ///           objects stored in a bucket. This value is calculated by counting all objects in the bucket
    ///           (including object versions) and the total number of parts for all incomplete multipart
    ///           uploads to the bucket.</p>
    ///                <p>Statistics: The most useful statistic is <code>Average</code>.</p>
    ///                <p>Unit: The published unit is <code>Count</code>.</p>
    ///             </li>
    ///          </ul>
    @required
    metricName: BucketMetricName

    /// <p>The timestamp indicating the earliest data to be returned.</p>
    @required
    startTime: IsoDate

    /// <p>The timestamp indicating the latest data to be returned.</p>
    @required
    endTime: IsoDate

    /// <p>The granularity, in seconds, of the returned data points.</p>
    ///          <note>
    ///             <p>Bucket storage metrics are reported once per day. Therefore, you should specify a period
    ///         of 86400 seconds, which is the number of seconds in a day.</p>
    ///          </note>
    @required
    period: MetricPeriod

    /// <p>The statistic for the metric.</p>
    ///          <p>The following statistics are available:</p>
    ///          <ul>
    ///             <li>
    ///                <p>
    ///                   <code>Minimum</code> - The lowest value observed during the specified period. Use this
    ///           value to determine low volumes of activity for your application.</p>
    ///             </li>
    ///             <li>
    ///                <p>
    ///                   <code>Maximum</code> - The highest value observed during the specified period. Use
    ///           this value to determine high volumes of activity for your application.</p>
    ///             </li>
    ///             <li>
    ///                <p>
    ///                   <code>Sum</code> - The sum of all values submitted for the matching metric. You can
    ///           use this statistic to determine the total volume of a metric.</p>
    ///             </li>
    ///             <li>
    ///                <p>
    ///                   <code>Average</code> - The value of <code>Sum</code> / <code>SampleCount</code> during
    ///           the specified period. By comparing this statistic with the <code>Minimum</code> and
    ///             <code>Maximum</code> values, you can determine the full scope of a metric and how close
    ///           the average use is to the <code>Minimum</code> and <code>Maximum</code> values. This
    ///           comparison helps you to know when to increase or decrease your resources.</p>
    ///             </li>
    ///             <li>
    ///                <p>
    ///                   <code>SampleCount</code> - The count, or number, of data points used for the
    ///           statistical calculation.</p>
    ///             </li>
    ///          </ul>
    @required
    statistics: MetricStatisticList

    /// <p>The unit for the metric data request.</p>
    ///          <p>Valid units depend on the metric data being requested. For the valid units with each
    ///       available metric, see the <code>metricName</code> parameter.</p>
    @required
    unit: MetricUnit
}

@output
structure GetBucketMetricDataResult {
    /// <p>The name of the metric returned.</p>
    metricName: BucketMetricName

    /// <p>An array of objects that describe the metric data returned.</p>
    metricData: MetricDatapointList
}
